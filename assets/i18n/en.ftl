# Pillars, English: every sentence the app shows. Ids are grouped by screen.
# Translators: keep the ids and the { $variables }; see README, "Languages".
-language-name = English
-app = Pillars

## The frame around every screen
skip-to-content = Skip to content
nav-main = Main
nav-home = { -app }
nav-assess = Assess
nav-results = Results
nav-history = History
nav-library = Library
nav-data = Your data
footer-privacy = { -app } keeps everything in this browser. Nothing leaves your device unless you share it.
language-label = Language

## Screen headings and browser tab titles
heading-home = The seven pillars of digital leadership
heading-assess = Assess yourself
heading-results = Your results
heading-history = Your history
heading-library = Resource library
heading-shared = A shared result
heading-collection = Shared collection
heading-data = Your data
heading-not-found = Page not found
title-home = { -app }: digital leadership self-assessment
title-screen = { $screen } · { -app }

## A screen whose code is still arriving
loading = Loading…
loading-failed = This screen could not be loaded: the app's files did not arrive. Check the connection, then try again.
try-again = Try again

## Banners
synced-other-tab = Updated with changes made in another tab.
update-available = A new version of { -app } is available. Your answers are saved.
update-reload = Reload to update

## Not found
not-found-text = There is nothing at this address. If someone sent you a link, it may be incomplete.
not-found-home = Go to the home page

## Home
home-lead = { -app } helps school and system leaders, teachers and anyone who leads learning see where they stand on the seven pillars of digital leadership, find resources that fit, and plan their next steps.
home-more-than-sharing = Digital leadership is more than sharing online: it is using connections to change what learners and educators do every day, building things with others, and growing leadership in the people around you.
home-start = Start your assessment
home-resume = Resume your assessment
home-see-results = See your results
home-browse-library = Browse the library
home-complete = Your latest assessment is complete.
home-answered = You have answered { $answered } of { $total } items.
home-how-long = { $total } short items across seven pillars; about 15–25 minutes. You can stop at any time and come back.
home-pillars = The seven pillars
home-data-stays = Your data stays with you
home-no-server = There is no account and no server. Your answers are kept in this browser only, and nothing leaves your device unless you share a link or download a file. Once loaded, { -app } also works offline.

## The assessment
assess-pillars = Pillars
assess-pillar-complete = , complete
assess-overall-progress = Overall progress
assess-pillar-progress = { $pillar } progress
assess-pillar-heading = Pillar { $number } of { $count }: { $name }
assess-next = Next: { $pillar } →
assess-complete-saved = This assessment is complete and saved in your history.
assess-all-answered = You have answered every item.
assess-complete = Complete assessment and see results
assess-answered-so-far = { $answered } of { $total } items answered. You can stop at any time: every answer is saved in this browser.
assess-next-gap = Go to the next unanswered pillar: { $pillar }
progress-answered = { $label }: { $answered } of { $total } answered
levels-meaning = What the levels mean
not-applicable = Not applicable
not-applicable-meaning = This does not apply to your role; it is left out of your scores.
to-level-up = To level up:
start-over = Start over
start-over-question = Start over with a blank assessment? Your current answers are kept and can be brought back until you complete the new one.
start-over-yes = Yes, start over
start-over-kept = You started over on { $date }. Your earlier answers ({ $count } given) are kept until you complete this assessment.
start-over-restore = Bring back my earlier answers
cancel = Cancel

## Your data: keeping it
keep-heading = Keeping your data
keep-granted = This browser has agreed to keep { -app }'s data, even when space runs short.
keep-not-granted = This browser has not promised to keep { -app }'s data: it may clear it when space runs short, and Safari clears it after seven days without a visit unless { -app } is on the home screen. Download your data now and then, or keep the link to your result.
keep-unknown = This browser does not say whether it will keep { -app }'s data. Download your data now and then, or keep the link to your result.
keep-ask = Ask this browser to keep my data

## Results
results-empty = You have not answered any items yet. Your results appear here as soon as you start.
results-completed-on = Completed on { $date }.
results-in-progress = In progress, started { $date }.
results-incomplete = This assessment is incomplete: { $answered } of { $total } items answered. Pillars without answers are shown as not scored, not as zero.
results-continue = Continue the assessment
results-summary = Summary
results-by-pillar = By pillar
results-you = You
results-previous = Previous ({ $date })
results-caption = Your scores by pillar (mean level of answered items; not applicable left out)
results-targets = Targets
results-targets-intro = Choose the level you aim for in each pillar. Targets appear on the chart and the gap in the table.
results-target-for = Target for { $pillar }
results-no-target = No target
results-every-answer = Every answer
results-recommended = Recommended resources
results-recommended-intro = From the library, for the pillars with most room to grow.
results-share = Share this result
results-print = Print or save as PDF
results-change = Change answers
summary-overall = Overall:
summary-not-scored = Not scored yet
summary-strongest-yours = Your strongest pillars
summary-strongest-theirs = Their strongest pillars
summary-strongest-named = { $name }'s strongest pillars
summary-room-to-grow = Most room to grow
summary-below-target = — { $gap } below the target
summary-to-lead = To lead others here:

## Chart and table of scores
chart-title = Radar chart of { $label } by pillar; the table gives the same figures.
table-pillar = Pillar
table-level = Level
table-change = Change
table-target = Target
table-targets = Targets
table-gap = Gap
table-not-scored = Not scored
table-incomplete = (incomplete: { $answered } of { $total })
table-to-go = { $gap } to go
table-reached = Reached
table-overall = Overall
shared-you-latest = You (latest)
shared-caption = { $name }'s scores by pillar

## Sharing a result
share-intro = The link carries your result after the # sign, which browsers never send to any server. Whoever opens it sees the same chart and table; nothing is stored anywhere but your two browsers.
share-name = Name shown with the result (optional)
share-link = Share link
share-copy = Copy link
share-copied = Link copied.
share-not-copied = Could not copy: select the link above and copy it.
share-scan = Or scan this code with a phone or a facilitator's laptop:
share-qr = QR code of the share link

## A result someone shared
shared-cannot-open = This result link cannot be opened
shared-nothing-changed = Nothing was saved or changed in this browser.
shared-someone = someone
shared-result = Shared result
shared-heading = Result shared by { $name }
shared-read-only = This is { $name }'s result from { $date }, shown read-only. It is not yours and is not added to your history.
shared-incomplete = Incomplete: { $answered } of { $total } items answered.
shared-saved = Saved in Results shared with you (on your History screen).
shared-save = Save to results shared with me
shared-compare = Compare with my latest result

## History
history-empty = When you complete an assessment it is kept here with its date, so you can come back next term and see your progress.
history-go-assess = Go to the assessment
history-count = { $count ->
    [one] 1 completed assessment
   *[other] { $count } completed assessments
}
history-completed = Completed
history-actions = Actions
history-delete = Delete { $label }
history-delete-yes = Yes, delete { $label }
keep-it = Keep it
history-compare = Compare two assessments
history-earlier = Earlier
history-later = Later
history-change-caption = Change per pillar between the two assessments
history-one = Your completed assessment
history-scores-caption = Scores by pillar
history-complete-another = Complete another assessment later (for example next term) to compare the two here.
history-shared = Results shared with you
history-shared-empty = When someone sends you a result link, you can save it here. It is never mixed into your own history.
history-someone = Someone
history-remove = Remove
history-remove-label = Remove { $name }'s result from { $date }

## The library
library-intro = Articles, courses, books and communities for each pillar, chosen for school leaders. Bookmark what you want to read, mark what you have done and keep private notes: everything stays in this browser.
library-add = Add a resource
library-to-collections = Share or import a collection
library-find = Find resources
library-edit = Edit “{ $title }”
library-count = { $count ->
    [0] No resources found
    [one] 1 resource
   *[other] { $count } resources
}
library-search = Search the library
library-search-hint = Results update as you type; small typos are fine.
library-all-pillars = All pillars
library-kind = Kind
library-all-kinds = All kinds
library-bookmarked-only = Bookmarked only
library-clear = Clear search and filters
library-no-bookmarks = You have not bookmarked anything yet. Use the Bookmark button on a resource to keep it here.
matches-none = Nothing matches
matches-query = “{ $query }”
matches-pillar = in { $pillar }
matches-kind = among { $kinds }
matches-bookmarks = in your bookmarks
matches-advice = Check the spelling, try fewer or other words, or clear the filters.
kind-article = Article
kind-course = Course
kind-book = Book
kind-video = Video
kind-podcast = Podcast
kind-community = Community
kind-standard = Standard
kind-report = Report
kinds-article = articles
kinds-course = courses
kinds-book = books
kinds-video = videos
kinds-podcast = podcasts
kinds-community = communities
kinds-standard = standards
kinds-report = reports

## A resource card
card-bookmark = Bookmark
card-bookmark-label = Bookmark { $title }
card-done = Mark as done
card-done-label = Mark as done: { $title }
card-is-done = Done
card-add-note = Add a note
card-add-note-label = Add a note on { $title }
card-edit = Edit
card-edit-label = Edit { $title }
card-delete = Delete
card-delete-label = Delete { $title }
card-delete-question-label = Delete { $title }?
card-delete-question = Delete “{ $title }”? Your bookmark and note on it go too. This can't be undone.
card-delete-yes = Yes, delete
card-pillars = Pillars: { $pillars }
card-added-by-you = Added by you
card-from = From { $source }
card-tags = Tags:
card-open = Open
card-open-label = Open { $title }
card-search = Search the web for this title
card-search-label = Search the web for { $title }
card-note = Your note
card-note-on = on { $title }
card-note-hint = Private: it stays in this browser. Saved as you type.

## Your data
data-intro = Everything { -app } knows about you is kept in this browser only. Move it to another browser with a file, or delete it.
data-export = Export
data-export-what = Your assessment in progress ({ $answers } answers), { $completed } completed assessments, { $targets } targets, { $shared } results shared with you, and your library bookmarks, notes and resources ({ $own } of your own), as one file.
data-download-json = Download all my data (JSON)
data-download-csv = Download scores across my history (CSV)
data-csv-hint = The CSV has one row per completed assessment and a column per pillar, for a spreadsheet.
data-csv-later = It is available once you complete an assessment.
data-import = Import
data-import-file = Pillars export file
data-import-hint = Nothing changes until you confirm.
data-import-unchanged = Nothing was changed.
data-import-question = Import this file?
data-import-nothing = This file holds nothing that is not already here.
data-import-adds = It will add:
data-import-replaces = It will replace:
data-import-button = Import
data-imported = Imported. Your results, history and library now include the file's data.
data-imported-unsaved = Imported into this tab, but this browser did not save it: keep the tab open and download your data.
data-rescued = Data that could not be read
data-rescued-text = Earlier data in this browser was damaged and set aside. Download it to keep it, or to ask for help recovering it.
data-rescued-download = Download the unreadable data
data-delete = Delete
data-delete-question = Delete everything { -app } keeps in this browser?
data-delete-warning = Your answers, history, targets, shared results and library notes will be gone. Download your data first if you may want it.
data-delete-yes = Yes, delete all my data
data-delete-all = Delete all my data
data-deleted = All your { -app } data has been deleted from this browser.
