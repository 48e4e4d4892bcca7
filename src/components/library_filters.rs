//! The library's search box and filters: pillar and kind with their counts, bookmarked only, and
//! clearing them, all kept in the address by `use_library_filter`.
use crate::components::kind_label::kind_label;
use crate::core::library::Kind;
use crate::core::pillar::{PerPillar, PillarId};
use crate::hooks::use_library_filter::LibraryFilter;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryFiltersProps {
    pub filter: LibraryFilter,
    /// How many resources each pillar and kind would show.
    pub by_pillar: PerPillar<usize>,
    pub by_kind: Vec<(String, usize)>,
    /// After "Clear": where focus goes.
    pub onclear: Callback<()>,
}

#[component]
pub fn LibraryFilters(props: &LibraryFiltersProps) -> Html {
    let app = crate::hooks::use_app();
    let tr = crate::i18n::use_tr();
    let q = app.questionnaire();
    let f = &props.filter;
    let (pillar_ref, kind_ref) = (use_node_ref(), use_node_ref());
    // A select keeps the person's last choice over a changed `selected` attribute: set it.
    {
        let (pillar_ref, kind_ref) = (pillar_ref.clone(), kind_ref.clone());
        let values = (
            f.filter
                .pillar_id()
                .map(PillarId::as_str)
                .unwrap_or("")
                .to_string(),
            f.filter.kind().map(Kind::id).unwrap_or("").to_string(),
        );
        use_effect_with(values, move |(pillar, kind)| {
            if let Some(s) = pillar_ref.cast::<HtmlSelectElement>() {
                s.set_value(pillar);
            }
            if let Some(s) = kind_ref.cast::<HtmlSelectElement>() {
                s.set_value(kind);
            }
        });
    }
    let on_search = {
        let f = f.clone();
        Callback::from(move |e: InputEvent| {
            f.set_query(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_pillar = {
        let f = f.clone();
        Callback::from(move |e: Event| {
            f.set_pillar(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_kind = {
        let f = f.clone();
        Callback::from(move |e: Event| {
            f.set_kind(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_bookmarked_only = {
        let f = f.clone();
        Callback::from(move |e: Event| {
            f.set_bookmarked_only(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let clear = {
        let (f, onclear) = (f.clone(), props.onclear.clone());
        Callback::from(move |_: MouseEvent| {
            onclear.emit(());
            f.clear();
        })
    };
    let pillar_name = |id: &str| q.pillar(id).map(|p| p.short.clone()).unwrap_or_default();
    html! {
        <div role="search" aria-label={tr.t(k!("nav-library"))} class="filters library-filters">
            <div class="field search-field">
                <label for="library-search">{ tr.t(k!("library-search")) }</label>
                <input type="search" id="library-search" value={f.filter.q.clone()} oninput={on_search}
                       autocomplete="off" spellcheck="false" aria-describedby="library-search-hint" />
                <span class="field-hint" id="library-search-hint">{ tr.t(k!("library-search-hint")) }</span>
            </div>
            <div class="field">
                <label for="library-pillar">{ tr.t(k!("table-pillar")) }</label>
                <select id="library-pillar" ref={pillar_ref} onchange={on_pillar}>
                    <option value="" selected={f.filter.pillar_id().is_none()}>{ tr.t(k!("library-all-pillars")) }</option>
                    for (id, n) in props.by_pillar.iter() {
                        <option value={id.as_str()} selected={f.filter.pillar_id() == Some(id)}>
                            { format!("{} ({})", pillar_name(id.as_str()), n) }
                        </option>
                    }
                </select>
            </div>
            <div class="field">
                <label for="library-kind">{ tr.t(k!("library-kind")) }</label>
                <select id="library-kind" ref={kind_ref} onchange={on_kind}>
                    <option value="" selected={f.filter.kind().is_none()}>{ tr.t(k!("library-all-kinds")) }</option>
                    for (id, n) in props.by_kind.iter() {
                        <option value={id.clone()} selected={f.filter.kind().map(Kind::id) == Some(id.as_str())}>
                            { format!("{} ({})", Kind::parse(id).map(|k| kind_label(&tr, k)).unwrap_or_default(), n) }
                        </option>
                    }
                </select>
            </div>
            <label class="checkbox">
                <input type="checkbox" checked={f.bookmarked_only} onchange={on_bookmarked_only} />
                { tr.t(k!("library-bookmarked-only")) }
            </label>
            if f.narrowed() {
                <button type="button" onclick={clear}>{ tr.t(k!("library-clear")) }</button>
            }
        </div>
    }
}
