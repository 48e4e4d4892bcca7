//! Sharing a collection of resources as a file or a link.
use crate::core::library::Resource;
use crate::core::share::collection_filename;
use crate::core::share::Collection;
use crate::hooks::use_app;
use crate::i18n::{use_tr, Tr};
use crate::platform;
use std::collections::BTreeSet;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Why no collection could be made yet.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Missing {
    Name,
    Resources,
    /// The browser refused the download.
    Download,
}

#[derive(Clone, Debug, PartialEq)]
enum LinkOutcome {
    Link { url: String, copied: Option<bool> },
    TooLong,
}

#[derive(Properties, PartialEq)]
pub struct ShareCollectionProps {
    /// What can be shared: the person's own resources and their bookmarks.
    pub candidates: Vec<Resource>,
}

/// Puts together the person's own resources and bookmarks as a collection, sent as a file or a
/// link.
#[component]
pub fn ShareCollection(props: &ShareCollectionProps) -> Html {
    let app = use_app();
    let tr = use_tr();
    // Left out by the person; anything new is included by default.
    let excluded = use_state(BTreeSet::<String>::new);
    let name = use_state(String::new);
    let curator = {
        let display_name = app.data().display_name.clone();
        use_state(move || display_name)
    };
    let error = use_state(|| None::<Missing>);
    let link = use_state(|| None::<LinkOutcome>);

    let chosen: Vec<Resource> = props
        .candidates
        .iter()
        .filter(|r| !excluded.contains(&r.id))
        .cloned()
        .collect();
    let build = {
        let (name, curator) = (name.clone(), curator.clone());
        let chosen = chosen.clone();
        move || -> Result<Collection, Missing> {
            if name.trim().is_empty() {
                return Err(Missing::Name);
            }
            if chosen.is_empty() {
                return Err(Missing::Resources);
            }
            Ok(Collection {
                name: name.trim().to_string(),
                curator: curator.trim().to_string(),
                resources: chosen.clone(),
            })
        }
    };
    let changed = {
        let (link, error) = (link.clone(), error.clone());
        move || {
            link.set(None);
            error.set(None);
        }
    };
    let on_name = {
        let (name, changed) = (name.clone(), changed.clone());
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            changed();
        })
    };
    let on_curator = {
        let (curator, changed) = (curator.clone(), changed.clone());
        Callback::from(move |e: InputEvent| {
            curator.set(e.target_unchecked_into::<HtmlInputElement>().value());
            changed();
        })
    };
    let toggle = |id: String| {
        let (excluded, changed) = (excluded.clone(), changed.clone());
        Callback::from(move |_: Event| {
            let mut set = (*excluded).clone();
            if !set.remove(&id) {
                set.insert(id.clone());
            }
            excluded.set(set);
            changed();
        })
    };
    // What is missing is said, and a missing name is where focus goes, to type it.
    let fail = {
        let error = error.clone();
        move |e: Missing| {
            if e == Missing::Name {
                platform::focus_after_render("collection-name");
            }
            error.set(Some(e));
        }
    };
    let download = {
        let (build, error, link, fail) = (build.clone(), error.clone(), link.clone(), fail.clone());
        Callback::from(move |_: MouseEvent| match build() {
            Ok(c) => {
                link.set(None);
                let result = platform::download(
                    &collection_filename(&c.name),
                    "application/json",
                    &c.to_json(),
                );
                error.set(result.err().map(|_| Missing::Download));
            }
            Err(e) => fail(e),
        })
    };
    let copy_link = {
        let (build, error, link) = (build.clone(), error.clone(), link.clone());
        Callback::from(move |_: MouseEvent| match build() {
            Ok(c) => {
                error.set(None);
                match c.to_link_code() {
                    None => link.set(Some(LinkOutcome::TooLong)),
                    Some(code) => {
                        let url = format!("{}#/c/{}", platform::app_base_url(), code);
                        link.set(Some(LinkOutcome::Link {
                            url: url.clone(),
                            copied: None,
                        }));
                        let link = link.clone();
                        platform::copy_to_clipboard(
                            &url.clone(),
                            Callback::from(move |ok: bool| {
                                link.set(Some(LinkOutcome::Link {
                                    url: url.clone(),
                                    copied: Some(ok),
                                }))
                            }),
                        );
                    }
                }
            }
            Err(e) => {
                link.set(None);
                fail(e);
            }
        })
    };

    html! {
        <section class="card collection-share" aria-labelledby="share-heading">
            <h2 id="share-heading" tabindex="-1">{ tr.t(k!("share-collection")) }</h2>
            <p>
                { tr.t(k!("share-collection-intro")) }
            </p>
            if props.candidates.is_empty() {
                <p class="muted">{ tr.t(k!("share-collection-none")) }</p>
            } else {
                { choose_resources(&tr, &props.candidates, &excluded, chosen.len(), &toggle) }
                <div class="field">
                    <label for="collection-name">{ tr.t(k!("share-collection-name")) }</label>
                    <input type="text" id="collection-name" value={(*name).clone()} oninput={on_name}
                           aria-describedby="collection-name-hint" />
                    <span class="field-hint" id="collection-name-hint">{ tr.t(k!("share-collection-name-hint")) }</span>
                </div>
                <div class="field">
                    <label for="collection-curator">{ tr.t(k!("share-collection-curator")) }</label>
                    <input type="text" id="collection-curator" value={(*curator).clone()} oninput={on_curator} autocomplete="name" />
                </div>
                if let Some(e) = &*error {
                    <p class="field-error" role="alert">{ tr.t(match e {
                        Missing::Name => k!("share-collection-no-name"),
                        Missing::Resources => k!("share-collection-no-resources"),
                        Missing::Download => k!("err-download"),
                    }) }</p>
                }
                <div class="actions">
                    <button type="button" class="primary" onclick={download}>{ tr.t(k!("share-collection-download")) }</button>
                    <button type="button" onclick={copy_link}>{ tr.t(k!("share-collection-copy")) }</button>
                </div>
                <div aria-live="polite">
                    { link_outcome(&tr, &link) }
                </div>
            }
        </section>
    }
}

/// Which of the candidates go into the collection (all unless left out).
fn choose_resources(
    tr: &Tr,
    candidates: &[Resource],
    excluded: &BTreeSet<String>,
    chosen: usize,
    toggle: &dyn Fn(String) -> Callback<Event>,
) -> Html {
    html! {
        <fieldset class="choices-group">
            <legend>{ tr.tf(k!("share-collection-include"), &[("chosen", chosen.into()), ("total", candidates.len().into())]) }</legend>
            <ul class="checkbox-list">
                for r in candidates.iter() {
                    <li key={r.id.clone()}>
                        <label class="checkbox">
                            <input type="checkbox" checked={!excluded.contains(&r.id)} onchange={toggle(r.id.clone())} />
                            <span lang={tr.title_lang(&r.id)}>{ &r.title }</span>
                        </label>
                    </li>
                }
            </ul>
        </fieldset>
    }
}

/// The collection link once made, whether it was copied, or why there is none.
fn link_outcome(tr: &Tr, link: &Option<LinkOutcome>) -> Html {
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });
    {
        match link {
            Some(LinkOutcome::Link { url, copied }) => html! {
                <div class="field">
                    <label for="collection-link">{ tr.t(k!("share-collection-link")) }</label>
                    <input type="text" id="collection-link" class="share-link" readonly=true value={url.clone()}
                           onfocus={select_all} aria-describedby="collection-link-hint" />
                    <span class="field-hint" id="collection-link-hint">{ tr.t(match copied {
                        Some(true) => k!("share-collection-copied"),
                        Some(false) => k!("share-collection-not-copied"),
                        None => k!("share-collection-link-hint"),
                    }) }</span>
                </div>
            },
            Some(LinkOutcome::TooLong) => html! {
                <p class="banner banner-info">
                    { tr.t(k!("share-collection-too-big")) }
                </p>
            },
            None => html! {},
        }
    }
}
