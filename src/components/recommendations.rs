//! Resources that serve the pillars with most room to grow: a few per pillar, best fit to the
//! person's answers first (see `core::recommend`), leaving out what they marked done, with a way
//! into the library filtered by that pillar.
use crate::app::Route;
use crate::components::resource_card::{CardAction, Curated, ResourceCard};
use crate::core::answers::Answers;
use crate::core::library::Library;
use crate::core::pillar::PillarId;
use crate::core::recommend::{recommend, Fit};
use crate::core::search::Filter;
use crate::hooks::use_app;
use crate::router::*;
use yew::prelude::*;

/// Pillars shown, and resources per pillar.
const MAX_PILLARS: usize = 3;
const PER_PILLAR: usize = 3;

#[derive(Properties, PartialEq)]
pub struct RecommendationsProps {
    /// Pillar ids, most room to grow first.
    pub pillars: Vec<String>,
    /// The answers the result is made of, to fit resources to the weakest items.
    pub answers: Answers,
}

#[component]
pub fn Recommendations(props: &RecommendationsProps) -> Html {
    let app = use_app();
    let tr = crate::i18n::use_tr();
    let navigator = use_navigator();
    let q = app.questionnaire();
    let curation = &app.data().curation;
    let resources = &tr.library().resources;
    let ids: Vec<PillarId> = props
        .pillars
        .iter()
        .filter_map(|p| PillarId::parse(p))
        .take(MAX_PILLARS)
        .collect();
    // Rank them all, then leave out what the person has already done. Fitted on the library's
    // own text (tags and prompts in English); the translated copy has the same order.
    let library = Library::builtin();
    let fit = Fit {
        questionnaire: crate::core::questionnaire::Questionnaire::builtin(),
        answers: &props.answers,
        archived: &library.archived,
    };
    let ranked = if library.resources.len() == resources.len() {
        &library.resources
    } else {
        resources
    };
    let picks = recommend(ranked, &fit, &ids, resources.len());
    let onaction = {
        let app = app.clone();
        Callback::from(move |(id, action): (String, CardAction)| match action {
            CardAction::ToggleBookmark => app.toggle_bookmark(id),
            CardAction::ToggleDone => app.toggle_done(id),
            _ => {}
        })
    };

    let section = |(pillar_id, ranked): (PillarId, Vec<usize>)| -> Html {
        let Some(pillar) = q.pillars.get(pillar_id.index()) else {
            return html! {};
        };
        let total = ranked.len();
        let fresh: Vec<usize> = ranked
            .into_iter()
            .filter(|&i| !curation.done.contains(&resources[i].id))
            .take(PER_PILLAR)
            .collect();
        let href = format!("#{}?pillar={}", Route::Library.to_path(), pillar.id);
        let onclick = {
            let navigator = navigator.clone();
            let pillar = pillar.id.clone();
            Callback::from(move |e: MouseEvent| {
                if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                    return; // let the browser open a new tab or window
                }
                if let Some(nav) = &navigator {
                    e.prevent_default();
                    let filter = Filter {
                        pillar: pillar.clone(),
                        ..Filter::default()
                    };
                    nav.push_with_query(&Route::Library, &filter.to_query());
                }
            })
        };
        let heading_id = format!("rec-{}", pillar.id);
        html! {
            <section class="recommendation" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id.clone()}>{ &pillar.name }</h3>
                if fresh.is_empty() {
                    <p>{ tr.t(k!("rec-all-done")) }</p>
                } else {
                    <ul class="resource-list">
                        for i in fresh {
                            <li key={resources[i].id.clone()}>
                                <ResourceCard resource={resources[i].clone()} id_scope={heading_id.clone()}
                                    curated={Some(Curated {
                                        bookmarked: curation.bookmarks.contains(&resources[i].id),
                                        ..Curated::default()
                                    })}
                                    compact=true heading_level={4} onaction={onaction.clone()} />
                            </li>
                        }
                    </ul>
                }
                <p>
                    <a {href} {onclick}>{ tr.tf(k!("rec-see-all"), &[("count", total.into()), ("pillar", pillar.short.as_str().into())]) }</a>
                </p>
            </section>
        }
    };

    if picks.is_empty() {
        return html! {};
    }
    html! {
        <div class="recommendations">
            { for picks.into_iter().map(section) }
        </div>
    }
}
