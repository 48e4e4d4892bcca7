//! What a paste or an imported board file did: the counts, then one line per result link.
use crate::core::board::Intake;
use crate::i18n::Tr;
use yew::prelude::*;

/// A plain function: it draws with the board screen.
pub fn intake_summary(tr: &Tr, intake: &Intake) -> Html {
    let t = intake.tally();
    if intake.outcomes.is_empty() {
        return html! { <p class="banner banner-info" role="status">{ tr.t("board-intake-none") }</p> };
    }
    html! {
        <div class="card intake" role="status">
            <p><strong>{ tr.tf("board-intake-summary", &[
                ("added", t.added.into()),
                ("already", t.already_on_board.into()),
                ("damaged", t.damaged.into()),
                ("other", t.other_version.into()),
            ]) }</strong></p>
            if t.board_full > 0 {
                <p>{ tr.tf("board-intake-full", &[("count", t.board_full.into())]) }</p>
            }
            if intake.skipped_links > 0 || intake.text_cut {
                <p>{ tr.tf("board-intake-cut", &[("count", intake.skipped_links.into())]) }</p>
            }
            <p>{ tr.t("board-intake-each") }</p>
            <ol class="intake-lines">
                { for intake.outcomes.iter().enumerate().map(|(i, o)| html! {
                    <li>{ tr.tf("board-intake-line", &[("number", (i + 1).into()), ("outcome", crate::messages::outcome(tr, o).as_str().into())]) }</li>
                }) }
            </ol>
        </div>
    }
}
