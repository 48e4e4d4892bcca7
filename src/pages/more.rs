//! The screens of the second wasm chunk (see `crate::lazy`): everything a first visit to the home
//! screen or the assessment does not need.
use crate::app::Route;
use crate::pages;
use yew::prelude::*;

/// Draws a screen of the second chunk; the routes of the first chunk never reach here.
pub fn render(route: Route) -> Html {
    match route {
        Route::Results => html! { <pages::results::ResultsPage /> },
        Route::History => html! { <pages::history::HistoryPage /> },
        Route::Plan => html! { <pages::plan::PlanPage /> },
        Route::Library => html! { <pages::library::LibraryPage /> },
        Route::Shared { code } => html! { <pages::shared::SharedPage {code} /> },
        Route::SharedCollection { code } => {
            html! { <pages::collection::CollectionLinkPage {code} /> }
        }
        Route::Data => html! { <pages::data::DataPage /> },
        Route::Board => html! { <pages::board::BoardPage /> },
        Route::Team { code } => html! { <pages::team::TeamPage {code} /> },
        Route::Home | Route::Assess | Route::AssessPillar { .. } | Route::NotFound => {
            html! { <pages::not_found::NotFoundPage /> }
        }
    }
}
