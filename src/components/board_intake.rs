//! What a paste or an imported board file did: the counts, then one line per result link.
use crate::core::board::{Intake, Outcome};
use crate::i18n::Tr;
use yew::prelude::*;

/// One link's line: its number and outcome; a link that was not added also shows how its code
/// starts, to be found in the pasted text.
fn line(tr: &Tr, number: usize, o: &Outcome, start: Option<&str>) -> String {
    let outcome = crate::messages::outcome(tr, o);
    match start.filter(|s| !s.is_empty() && !matches!(o, Outcome::Added)) {
        Some(code) => tr.tf(
            k!("board-intake-line-code"),
            &[
                ("number", number.into()),
                ("code", code.into()),
                ("outcome", outcome.as_str().into()),
            ],
        ),
        None => tr.tf(
            k!("board-intake-line"),
            &[
                ("number", number.into()),
                ("outcome", outcome.as_str().into()),
            ],
        ),
    }
}

/// A plain function: it draws with the board screen.
pub fn intake_summary(tr: &Tr, intake: &Intake) -> Html {
    let t = intake.tally();
    if intake.outcomes.is_empty() {
        return html! { <p class="banner banner-info" role="status">{ tr.t(k!("board-intake-none")) }</p> };
    }
    html! {
        <div class="card intake">
            // What is said as it changes: the summary, not every link's line.
            <div role="status">
            <p><strong>{ tr.tf(k!("board-intake-summary"), &[
                ("added", t.added.into()),
                ("already", t.already_on_board.into()),
                ("damaged", t.damaged.into()),
                ("other", t.other_version.into()),
            ]) }</strong></p>
            if t.board_full > 0 {
                <p>{ tr.tf(k!("board-intake-full"), &[("count", t.board_full.into())]) }</p>
            }
            if intake.skipped_links > 0 || intake.text_cut {
                <p>{ tr.tf(k!("board-intake-cut"), &[("count", intake.skipped_links.into())]) }</p>
            }
            </div>
            <p id="intake-each">{ tr.t(k!("board-intake-each")) }</p>
            // It scrolls on its own: focusable, so a keyboard can scroll it too.
            <ul class="intake-lines" aria-labelledby="intake-each" tabindex="0">
                { for intake.outcomes.iter().enumerate().map(|(i, o)| html! {
                    <li>{ line(tr, i + 1, o, intake.starts.get(i).map(String::as_str)) }</li>
                }) }
            </ul>
        </div>
    }
}
