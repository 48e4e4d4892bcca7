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
assess-intro = For each item, choose the level that best describes what you do today, not what you plan to do. Every answer is saved in this browser as you give it: you can stop at any time and come back later.
assess-pillar-complete = , complete
assess-overall-progress = Overall progress
assess-pillar-progress = { $pillar } progress
assess-pillar-heading = Pillar { $number } of { $count }: { $name }
assess-next = Next: { $pillar } →
assess-complete-saved = This assessment is complete and saved in your history. Changing an answer starts a new one from these answers; this one stays in your history as it is.
assess-all-answered = You have answered every item.
assess-complete = Complete assessment and see results
assess-answered-so-far = { $answered } of { $total } items answered. You can stop at any time: every answer is saved in this browser.
assess-next-gap = Go to the next unanswered pillar: { $pillar }
progress-answered = { $label }: { $answered } of { $total } answered
levels-meaning = What the levels mean
not-applicable = Not applicable
not-applicable-meaning = This does not apply to your role; it is left out of your scores.
to-level-up = To level up:
answering-as = Who is answering?
answering-as-leader = I lead a school or a system (principal, vice-principal, superintendent, director)
answering-as-teacher = I teach or support learning (teacher, coach, consultant, librarian)
answering-as-why = Say once who you are, and the items that assume a school leader's role are worded for yours. You can change it here at any time.
answering-as-leader-note = The items are worded for a school or system leader. You can change this here at any time.
answering-as-teacher-note = { $count ->
    [0] The items about a school's budget, staff, partners and brand are worded for your classroom and your team. You can change this here at any time.
    [one] The items about a school's budget, staff, partners and brand are worded for your classroom and your team; { $count } item that only a school leader can answer is left out. You can change this here at any time.
   *[other] The items about a school's budget, staff, partners and brand are worded for your classroom and your team; { $count } items that only a school leader can answer are left out. You can change this here at any time.
}
assess-not-asked = { $count ->
    [one] { $count } item of this pillar is for school leaders only and is not asked.
   *[other] { $count } items of this pillar are for school leaders only and are not asked.
}
start-over = Start over
start-over-question = Start over with a blank assessment? Answers you have not completed yet are kept and can be brought back until you complete the new one; completed assessments stay in your history.
start-over-yes = Yes, start over
start-over-kept = You started over on { $date }. Your earlier answers ({ $count } given) are kept until you complete this assessment.
start-over-restore = Bring back my earlier answers
cancel = Cancel

## Problems: storage
err-storage-unavailable = This browser does not let { -app } keep data (site data may be blocked, or this is a private window), so nothing will be saved after you close this tab. Your answers stay while it is open: download them from Your data before you leave.
err-storage-damaged = Your saved answers could not be read (the stored data is damaged). A copy was set aside and you can download it from Your data; you are starting afresh.
err-storage-damaged-not-kept = Your saved answers could not be read (the stored data is damaged), and there was no room to set a copy aside. So that this only copy is not written over, nothing you change is saved for now: download it from Your data.
err-storage-partly-read = Part of your saved data was damaged: { $count ->
        [one] one part could not be read and is left out
       *[other] { $count } parts could not be read and are left out
    } (an assessment, a shared result, a resource…); the rest is here. A copy of it, as it was, is set aside: you can download it from Your data.
err-storage-full = Your browser's storage for this site is full, so your latest changes are not saved. Download your data from Your data, then free some space.
err-storage-not-saved = Your latest changes could not be saved in this browser. Keep this tab open and download your data from Your data.
err-storage-not-deleted = Some data could not be deleted from this browser. Reload the page and try again.

## The plan, the board and a team result: their names in the frame, and storage written by a newer version
nav-plan = Plan
heading-plan = Your plan
err-storage-newer = Your data was saved by a newer version of { -app } (in another tab, or on an earlier visit). Reload the page to use that version: until then nothing you change here is saved, so the newer data stays safe.
storage-newer-reload = Reload to get the newer version
nav-board = Board
heading-board = Workshop board
heading-team = Team picture

# What ends a label before its value ("Due: …").
label-colon = :
# The first day of a month in a long date, as this language writes it ("1er septembre" in French).
date-first-day = 1
# @later: everything below is fetched with the code of the later screens (src/i18n.rs, scripts/post-build.mjs);
# what the home screen, the assessment and the frame show stays above this line (tests/i18n.rs checks it).
# After a change's message while the browser does not save.
done-not-saved = It is only in this tab for now: the browser did not save it (see the message at the top).

## Your data: keeping it
keep-heading = Keeping your data
keep-granted = This browser has agreed to keep your { -app } data, even when space runs short.
keep-not-granted = This browser has not promised to keep your { -app } data: it may clear it when space runs short, and Safari clears it after seven days without a visit unless { -app } is on the home screen. Download your data now and then, or keep the link to your result.
keep-unknown = This browser does not say whether it will keep your { -app } data. Download your data now and then, or keep the link to your result.
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
summary-all-level = Every pillar is at { $score } ({ $level }): none stands out as the strongest or as having the most room to grow.
summary-all-level-target = Set a target for a pillar below to say where you want to grow.

## Chart and table of scores
chart-title = Radar chart of { $label } by pillar; the table gives the same figures.
chart-title-compare = Radar chart of { $label } by pillar, compared with { $other }; the table gives the same figures.
table-pillar = Pillar
table-level = Level
table-change = Change
table-difference = Difference from you
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
history-delete-short = Delete
history-delete-yes-short = Yes, delete
keep-it = Keep it
history-compare = Compare two assessments
history-earlier = Earlier
history-later = Later
history-change-caption = Change per pillar, { $to } compared with { $from }
history-same = Both lists name the same assessment: choose another one in either list to see the change.
history-one = Your completed assessment
history-scores-caption = Scores by pillar
history-complete-another = Complete another assessment later (for example next term) to compare the two here.
history-shared = Results shared with you
history-shared-empty = When someone sends you a result link, you can save it here. It is never mixed into your own history.
history-someone = Someone
# Inside a sentence, for a result that carries no name.
history-someone-inline = someone
history-remove = Remove
history-remove-label = Remove { $name }'s result from { $date }
history-remove-yes = Yes, remove { $name }'s result from { $date }
history-remove-yes-short = Yes, remove
history-removed = Removed { $name }'s result from { $date }.

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
time-minutes = About { $minutes } min
time-hours = About { $hours } h
time-hours-half = About { $hours } h 30 min
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
data-export-holds = The file holds all that { -app } keeps in this browser:
data-export-empty = { -app } keeps nothing in this browser yet: once you answer, plan or gather resources, it all goes into this one file.
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
data-import-left-out = Part of this file is damaged: { $count ->
        [one] one part (an assessment, a shared result, a resource…) cannot be read and is left out.
       *[other] { $count } parts (assessments, shared results, resources…) cannot be read and are left out.
    }
data-import-adds = It will add:
data-import-replaces = It will replace:
data-import-keeps = It will keep what is newer here:
data-import-button = Import
data-imported = Imported. What the file held is now here: your results and history, your plan, your library and your workshop boards.
data-imported-unsaved = Imported into this tab, but this browser did not save it: keep the tab open and download your data.
data-rescued = Data that could not be read
data-rescued-text = Earlier data in this browser was damaged and set aside. Download it to keep it, or to ask for help recovering it.
data-rescued-download = Download the unreadable data
data-delete = Delete
data-delete-question = Delete everything { -app } keeps in this browser?
data-delete-warning = Your answers, history, targets, plan, shared results, library notes and workshop boards will be gone. Download your data first if you may want them (the file holds your boards too).
data-delete-yes = Yes, delete all my data
data-delete-all = Delete all my data
data-deleted = All your { -app } data has been deleted from this browser.

## Problems: web addresses and resources
err-url-not-web = Only web addresses starting with http:// or https:// can be added.
err-url-no-host = That web address has no site name after http:// or https://.
err-url-bad-host = The site name in that web address isn't valid.
err-url-spaces = Web addresses can't contain spaces or invisible characters.
err-url-characters = That web address contains characters that aren't allowed, such as quotes, angle brackets or backslashes.
err-url-credentials = Web addresses that include a user name or password can't be added.
err-url-too-long = That web address is too long (the limit is 2,000 characters).
err-unknown-kind = “{ $kind }” isn't a known kind of resource (expected one of: { $expected }).
field-id = id
field-title = title
field-author = author
field-kind = kind of resource
field-pillars = pillars
field-description = description
field-minutes = time in minutes
field-url = web address
field-tags = tags
field-source = source
field-collection-name = name
field-curator = curator
err-field-missing = The { $field } is missing.
err-bad-id = The id is too long or contains invisible characters.
err-field-too-long = The { $field } is too long (the limit is { $max } characters).
err-field-not-text = The { $field } should be text.
err-tags-not-list = The tags should be a list of words.
err-pillars-not-list = The pillars should be a list of pillar ids.
err-bad-minutes = The time in minutes should be a whole number.
err-no-pillar = It isn't linked to any pillar.
err-unknown-pillar = “{ $pillar }” is not one of the seven pillars (expected one of: { $expected }).
err-duplicate-pillar = The pillar “{ $pillar }” is listed twice.
err-too-many-tags = It has too many tags (the limit is { $max }).
err-empty-tag = One of the tags is empty.
err-tag-too-long = A tag is too long (the limit is { $max } characters).
err-not-an-object = It isn't in the expected form.
err-unexpected-field = It has an unexpected field “{ $field }”.
err-draft-no-title = Give the resource a title.
err-draft-no-pillar = Choose at least one pillar this resource serves.
err-draft-minutes = Enter the time as a whole number of minutes (for example 30), or leave it empty.

## Problems: collections
err-collection-too-large = This file is too large to be a { -app } collection (the limit is 2 MB).
err-collection-not-json = This file can't be read: it isn't valid JSON, so it isn't a { -app } collection.
err-not-a-collection = This isn't a { -app } collection.
err-collection-newer = This collection was made with a newer version of { -app }. Reload the app to update it, then try again.
err-collection-bad-version = This collection is damaged: its version number is missing or invalid.
err-collection-unexpected-field = This collection file has an unexpected field “{ $field }”.
err-collection-too-long = The collection's { $field } is too long (the limit is 200 characters).
err-collection-not-text = This collection is damaged: its { $field } isn't text.
err-collection-no-resources = This collection is damaged: it has no list of resources.
err-collection-too-many = This collection has { $count } resources; the limit is { $max }.
err-collection-resource-named = Resource { $number } (“{ $title }”): { $why }
err-collection-resource = Resource { $number }: { $why }
err-collection-duplicate-id = Two resources in this collection have the same id (“{ $id }”).
err-collection-empty-link = This link doesn't contain a collection.
err-collection-link-too-long = This link is too long to be a { -app } collection link.
err-collection-damaged-link = This collection link is incomplete or damaged. Check that the whole link was copied, or ask for it again.
err-collection-unknown-entry = Resource { $number } refers to a library entry (“{ $id }”) that this version of { -app } doesn't have. Reload the app to update it, then try again.

## Problems: export files
err-import-too-large = This file is too large to be a { -app } export (over 5 MB).
err-import-not-json = This file is not a { -app } export: it is not valid JSON. Choose the .json file that { -app } downloaded.
err-import-not-export = This file is not a { -app } export (it does not say it comes from { -app }).
err-import-is-collection = This is a resource collection, not a full export. Import it from the Library screen.
err-import-newer = This file was made by a newer version of { -app }. Reload the app to update it, then try again.
err-import-unknown-format = This export's format is not one this version of { -app } can read.
err-import-damaged = This { -app } export is damaged and cannot be read (at line { $line }, column { $column }).

## Problems: result links
err-link-empty = There is no result link here. Paste the whole share link you received (or the code after “/r/”) and try again.
err-link-not-a-code = This is not a result link: it contains characters a { -app } result link never has. Check that you pasted the right link, or ask the sender to copy it again.
err-link-truncated = This link is incomplete: part of it seems to have been cut off. Ask the sender to copy the whole link again.
err-link-damaged = This link is damaged: part of it was changed or cut off on the way, so the result cannot be shown. Ask the sender to copy the whole link again.
err-link-newer = This result was made with a newer version of the questionnaire than this copy of the app has. Reload the page to update the app, then open the link again.
err-link-older = This result was made with an older version of the questionnaire, whose questions have since changed, so it can no longer be shown. Ask the sender to take the self-assessment again and share a new link.
err-link-unknown = This does not look like a { -app } result link, or it was made by a newer version of the app. Check that you pasted the right link; if you did, reload the page to update the app and try again.
err-link-item-count = This result does not match the questions in this app: it has { $found } answers where this questionnaire has { $expected } questions. Reload the page to update the app; if that does not help, ask the sender to share a new link.
err-link-answer = This link contains an answer that is not valid (question { $item }), so it seems to be damaged. Ask the sender to copy the whole link again.
err-link-name = The name in this link cannot be read, so the link seems to be damaged. Ask the sender to copy the whole link again.
err-link-date = The date in this link is not a valid date, so the link seems to be damaged. Ask the sender to share a new link.
err-link-trailing = This link has extra characters at the end that do not belong to it. Check that you copied only the link, or ask the sender to copy it again.

## The resource form
form-intro = Only the title and at least one pillar are needed. Everything stays in this browser.
form-title = Title
form-url = Web address (optional)
form-url-hint = Starting with https:// or http://. Leave it empty if there is no link.
form-author = Author or organisation (optional)
form-kind = Kind of resource
form-pillars = Pillars it serves
form-description = Description (optional)
form-minutes = Time needed in minutes (optional)
form-tags = Tags (optional)
form-tags-hint = Separate tags with commas, for example: twitter, pln
form-save = Save resource
form-save-changes = Save changes
library-own-added = Added “{ $title }” to your library. It is marked “Added by you”.
library-own-saved = Saved your changes to “{ $title }”.
library-own-deleted = Deleted “{ $title }”.
err-download = Your browser did not allow the download.

## Sharing and importing collections
share-collection = Share a collection
share-collection-intro = Put together your own resources and your bookmarks for colleagues, and send them as a file or a link. They can look at it before adding anything.
share-collection-none = Bookmark resources or add your own, and they can be shared from here.
share-collection-name = Collection name
share-collection-name-hint = For example: Getting started with a PLN
share-collection-curator = Your name or organisation (optional)
share-collection-no-name = Give the collection a name first.
share-collection-no-resources = Choose at least one resource to share.
share-collection-download = Download collection file
share-collection-copy = Copy collection link
share-collection-include = Resources to include ({ $chosen } of { $total })
share-collection-link = Collection link
share-collection-copied = Copied to the clipboard. Anyone who opens it sees the collection and can add it.
share-collection-not-copied = Copy the link above (it could not be copied automatically). Anyone who opens it sees the collection and can add it.
share-collection-link-hint = Anyone who opens this link sees the collection and can add it.
share-collection-too-big = This collection is too big for a link. Use “Download collection file” and send the file instead.
collection-import = Import a collection
collection-import-intro = Add resources someone shared with you as a collection file (.json). You see what is in it before anything is added.
collection-file = Collection file
reading-file = Reading the file…
# The face of every file picker (the browser's own words follow the browser's language).
choose-file = Choose a file…
collection-file-refused = This file can't be imported, and nothing was changed. { $why }
collection-link-refused = This collection link can't be opened, and nothing was changed. { $why }
collection-unnamed = Unnamed collection
# Where imported resources came from: the collection's name and who curated it.
collection-source = { $name } by { $curator }
collection-shared-by = Shared by { $curator }
resource-count = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
and-more = and { $count } more
collection-again = You already added a collection with this name; adding it again updates it.
collection-add = { $count ->
    [one] Add { $count } resource
   *[other] Add { $count } resources
}
collection-empty = This collection is empty: there is nothing to add.
collection-added = { $count ->
    [one] Added { $count } resource from “{ $source }”. It is in the list above, marked “From { $source }”.
   *[other] Added { $count } resources from “{ $source }”. They are in the list above, marked “From { $source }”.
}
collection-added-below = { $count ->
    [one] Added { $count } resource from “{ $source }”. It is marked “From { $source }” in the list below.
   *[other] Added { $count } resources from “{ $source }”. They are marked “From { $source }” in the list below.
}
collections-added = Collections you added
collection-removed = Removed the collection “{ $source }”.
collection-remove-label = Remove collection { $source }?
collection-remove-question = { $count ->
    [one] Remove the { $count } resource from “{ $source }”? Your bookmarks and notes on it go too.
   *[other] Remove the { $count } resources from “{ $source }”? Your bookmarks and notes on them go too.
}
collection-remove-yes = Yes, remove
collection-keep = Keep it
collection-remove = Remove collection
collection-go-library = Go to the resource library
collection-nothing-yet = Nothing is added to your library until you choose to add it.
collection-unknown-entries = { $count ->
    [one] One resource in this link is from a newer version of the { -app } library and is not shown: reload the app to update it, then open the link again to get it too.
   *[other] { $count } resources in this link are from a newer version of the { -app } library and are not shown: reload the app to update it, then open the link again to get them too.
}
collection-add-to-library = Add to my library
collection-skip = Go to the library without adding
collection-resources = Resources in this collection

## Answers and recommendations
not-answered = Not answered
rec-all-done = You have marked every library resource for this pillar as done.
rec-see-all = See all { $count } resources for { $pillar } in the library

## What an import would add or replace
preview-snapshots = { $count ->
    [one] { $count } completed assessment in your history
   *[other] { $count } completed assessments in your history
}
preview-snapshots-changed = { $count ->
    [one] { $count } completed assessment with the same date and time
   *[other] { $count } completed assessments with the same dates and times
}
preview-attempt = { $count ->
    [one] an assessment in progress ({ $count } answer)
   *[other] an assessment in progress ({ $count } answers)
}
preview-attempt-completed = { $count ->
    [one] your latest results ({ $count } answer)
   *[other] your latest results ({ $count } answers)
}
preview-attempt-replaced = your current assessment ({ $mine ->
    [one] { $mine } answer
   *[other] { $mine } answers
}) with the file's ({ $theirs ->
    [one] { $theirs } answer
   *[other] { $theirs } answers
})
preview-attempt-kept = your current assessment, started after the file's
preview-next-assessment = the date of your next assessment
preview-role = who is answering: “{ $who }”
preview-targets = { $count ->
    [one] { $count } target
   *[other] { $count } targets
}
preview-shares = { $count ->
    [one] { $count } result shared with you
   *[other] { $count } results shared with you
}
preview-own = { $count ->
    [one] { $count } resource of your own
   *[other] { $count } resources of your own
}
preview-imported = { $count ->
    [one] { $count } resource from collections
   *[other] { $count } resources from collections
}
preview-marks = { $count ->
    [one] { $count } bookmark, done mark or note
   *[other] { $count } bookmarks, done marks and notes
}
preview-name = the name on your share links
preview-plan-focuses = { $count ->
    [one] { $count } focus of your plan
   *[other] { $count } focuses of your plan
}
preview-plan-actions = { $count ->
    [one] { $count } action of your plan
   *[other] { $count } actions of your plan
}
preview-boards = { $count ->
    [one] { $count } workshop board
   *[other] { $count } workshop boards
}
preview-board-results = { $count ->
    [one] { $count } result on your workshop boards
   *[other] { $count } results on your workshop boards
}

## Downloads
err-file-too-large = This file is too large (over 5 MB).
err-file-unreadable = The file could not be read. Is it a text (.json) file?
csv-completed = Completed
csv-overall = Overall

## The plan
plan-empty = Your plan is empty. From your results, choose a pillar or an item to work on: it becomes a focus of your plan, with the actions you decide on.
plan-go-results = Go to your results
plan-intro = Each focus shows where it stood when you set it, where your latest completed assessment puts it, and your aim. Everything you type is saved in this browser as you type.
plan-overdue-count = { $count ->
    [one] { $count } action is overdue.
   *[other] { $count } actions are overdue.
}
plan-next = Next assessment
plan-next-hint = The date you plan to assess yourself again, to see how far you have come.
plan-next-due = The day you set for your next assessment, { $date }, has come.
plan-next-due-link = Assess yourself again to see your progress
plan-next-done = Your latest assessment came on or after { $date }, the day you had set: choose the day of the next one.
plan-download-md = Download as Markdown
plan-download-ics = Download calendar file (.ics)
plan-print = Print the plan
plan-filter = Show actions
plan-with-status = With status
plan-any-status = Any status
plan-person = Person
plan-anyone = Anyone
plan-filter-none = No action matches these choices.
plan-whole-pillar = The pillar as a whole
plan-then = When set
plan-now = Now
plan-aim = Aim
plan-aim-label = Level you aim for
# After "Aim:" when no level is aimed for.
plan-no-aim = none
plan-set-on = Set on
plan-reached = Aim reached
plan-progress = { $total ->
    [one] { $done } of { $total } action done
   *[other] { $done } of { $total } actions done
}
plan-progress-label = Actions done
plan-no-actions = No actions yet.
plan-remove-focus = Remove this focus
plan-suggested = Suggested actions (choose one to add it):
plan-add-this = Add:
plan-own-action = Or write your own action
plan-add-action = Add action
plan-what = What will be done
plan-status = Status
plan-status-not-started = Not started
plan-status-under-way = Under way
plan-status-done = Done
plan-status-dropped = Dropped
plan-status-other = Other
plan-due = Due
plan-overdue = Overdue
plan-lead = Who leads it
plan-people-hint = Names or roles; separate several with commas.
plan-involved = Who is involved
plan-why = Why
plan-evidence = How you will know it worked
plan-notes = Notes
plan-resources = Resources from the library
plan-no-resources = None linked yet.
plan-unlink = Unlink
plan-find-resource = Find a resource to link
plan-no-match = No resource title matches.
plan-matches = { $count ->
    [one] { $count } resource found
   *[other] { $count } resources found
}
plan-link = Link “{ $title }”
plan-remove-action = Remove action
plan-removed-action = Removed the action “{ $what }”.
plan-removed-focus = { $actions ->
    [0] Removed the focus “{ $name }”.
    [one] Removed the focus “{ $name }” and its action.
   *[other] Removed the focus “{ $name }” and its { $actions } actions.
}
undo = Undo
plan-file-title = My plan to grow
plan-calendar-name = { -app } plan
plan-reassess = Take the { -app } self-assessment again
plan-next-steps = Plan your next steps
plan-from-results = Choose what to work on: it becomes a focus of your plan, where you decide on actions, who is involved and by when.
plan-add-focus = Add “{ $name }” to my plan
plan-in-plan = “{ $name }” is in your plan.
plan-pick = Any pillar or item
plan-pick-none = Choose a pillar or an item
plan-pick-pillar = { $name } (the pillar as a whole)
plan-add-chosen = Add it to my plan
plan-added = Added to your plan.
plan-open = Open your plan

# Data safety
err-import-resource = The resource “{ $label }” in this file can't be imported: { $why }
data-rescued-download-dated = Download copy { $number }, set aside on { $date }
data-rescued-boards = Download your workshop boards as they were before a damaged part was left out
data-rescued-boards-unreadable = Download your saved workshop boards, which cannot be read

# Instrument
signal-sharing-title = Sharing is ahead of practice
signal-sharing = Communications, public relations and branding average { $sharing }: a level or more above engagement, learning spaces and professional learning, which average { $practice }.
signal-sharing-why = Sharing with your community and branding are a start, but not enough. What matters is what learners and educators do differently: use what you share and learn online to change day-to-day learning, and lead in a way that is connected, collaborative and distributed, not only broadcast.
card-archived = Archived: this community or site has closed, and is kept here for the record.

# Board
board-intro = Gather a room's results with no server: each participant shares their result link (or its QR code), you paste the links here and see the team as a whole. Boards stay in this browser; names stay hidden unless you show them.
board-create = New board
board-name = Board name
board-date = Date of the workshop
board-create-button = Create the board
board-untitled = Untitled board
board-list = Your boards
board-list-line = { $date } · { $count ->
    [one] { $count } result
   *[other] { $count } results
}
board-gone = The board you had open was deleted in another tab. This is “{ $name }”: check that what you paste is for it.
board-delete = Delete this board
board-delete-question = { $count ->
    [0] Delete “{ $name }”? It has no results yet. This cannot be undone.
    [one] Delete “{ $name }” and its { $count } result? This cannot be undone.
   *[other] Delete “{ $name }” and its { $count } results? This cannot be undone.
}
board-delete-confirm = Delete the board
board-add = Add results
board-paste = Paste result links
board-paste-hint = Any text holding links works: a chat export, an email, one link per line. Each link is read once; the same result twice counts once.
board-add-button = Add to the board
board-file = Or import a board file (.json)
board-import-question = Add the { $count ->
    [one] { $count } result
   *[other] { $count } results
} of this board file to the board?
board-import-button = Add them
board-intake-none = No result link was found in this text. A result link contains #/r/ followed by its code.
board-intake-summary = Added: { $added }. Already on the board: { $already }. Damaged: { $damaged }. From another version: { $other }.
board-intake-full = { $count ->
    [one] { $count } result was not added: the board is full.
   *[other] { $count } results were not added: the board is full.
}
board-intake-cut = The text was too long or held too many links: { $count } links and the rest of the text were not read.
board-intake-each = Link by link:
board-intake-line = Link { $number }: { $outcome }
# $code: how the link's code starts (after #/r/), e.g. "AQJRNQEkVZx1…".
board-intake-line-code = Link { $number } ({ $code }): { $outcome }
board-outcome-added = added.
board-outcome-already = already on the board (it counts once).
board-outcome-damaged = damaged. { $why }
board-outcome-other-version = made with version { $found } of the questionnaire; this board uses version { $current }, so it is left out rather than mixed with the others.
board-outcome-full = not added: a board holds at most { $max } results.
board-participants = Participants ({ $count })
board-privacy = Nothing about the team is shown until enough results are on the board, so no one's answers can be worked out. Names that participants put in their links stay hidden unless you show them.
board-threshold = Smallest group shown (results needed before any figure appears)
board-threshold-hint = At least 3. Raise it for a larger room.
board-show-names = Show participants' names
board-participant = Participant { $number }
board-remove = Remove { $name }
board-removed = Removed { $name } from the board.
board-set-aside = { $count ->
    [one] { $count } result made with another version of the questionnaire is kept aside and not counted.
   *[other] { $count } results made with another version of the questionnaire are kept aside and not counted.
}
board-overlay-mine = Show my own latest result on the chart
board-withheld = { $count ->
    [one] { $count } result
   *[other] { $count } results
}; at least { $k } are needed.
board-by-pillar = The team by pillar
board-chart-title = Radar chart of the team: the median of each pillar, with the middle half of the room as a band
board-table-caption = The team's scores by pillar
board-results = Results
board-median = Median
board-middle-half = Middle half
board-range = Lowest – highest
board-spread-hint = The middle half runs from the lower to the upper quartile: half of the room scores in it. Scores are the mean of each person's answers in the pillar, from 1 to 5; a result with every item of a pillar not applicable has no score there and is not counted in it.
board-items = Item by item
board-items-intro = How many people gave each level, the items the room disagrees on most first. “Levels apart” is how far apart two people in the room are on average, from 0 (everyone agrees) to 4.
board-items-caption = How many gave each level, per item
board-item = Item
board-apart = Levels apart
board-bar = Distribution
board-items-withheld = Items answered by fewer than { $k } people are left out.
board-strongest = The team's strongest items
board-weakest = The team's weakest items
board-item-mean = (mean { $mean }, { $count ->
    [one] { $count } person
   *[other] { $count } people
})
board-resources = Resources for the team's weakest pillars
board-resources-intro = From the library, for the pillars where the team's median is lowest.
board-share = Share and export
board-projector = Projector view
board-projector-keys = Arrow keys: next or previous pillar. Escape: leave the projector view.
board-projector-previous = Previous
board-projector-next = Next
board-projector-leave = Leave the projector view
board-projector-position = { $number } of { $total }
board-projector-spread = Middle half { $low } – { $high } · lowest { $min }, highest { $max } · { $count ->
    [one] { $count } result
   *[other] { $count } results
}
board-download-csv = Download the team (CSV)
board-download-file = Download the board file
board-csv-names = The CSV has the team's figures and, since names are shown, a row per participant.
board-csv-no-names = The CSV has the team's figures only; show names to add a row per participant.
name-fits-hint = Up to about 40 letters, a few fewer with accented ones: the field stops where a link can carry no more.
name-was-cut = Shortened to what a link can carry: “{ $name }”. You can change it.
board-csv-scored = Results with a score
board-csv-min = Lowest
board-csv-q1 = Lower quartile
board-csv-q3 = Upper quartile
board-csv-max = Highest
board-csv-mean = Mean
board-csv-participant = Participant
board-csv-date = Date
board-team-link-intro = Share the team picture back: this link carries only the team's figures, never anyone's answers or name, and opens on any device.
board-team-link = Team link
board-team-qr = QR code of the team link
board-no-camera = A participant's QR code can be read with any phone's camera app: paste the link it opens here.
err-board-too-large = This file is too large to be a board file.
err-board-not-json = This file is not a board file: it is not valid JSON.
err-board-not-board = This file is not a Pillars board file.
err-board-other-file = This is another kind of Pillars file: import it from Your data or the library.
err-board-newer = This board file was made by a newer version of { -app }. Reload the page to get the newest version, then try again.
err-board-damaged = This board file is damaged and can't be read.
err-board-too-many = This file holds more than { $max } boards.
err-board-too-many-results = Board { $number } in this file holds more than { $max } results.
err-boards-full = Your browser's storage for this site is full, so your latest changes to the boards are not saved. They stay here while this tab is open: download the board file to keep them, then free some space.
err-boards-unreadable = Your saved boards could not be read: { $why } They are kept in this browser as they are (you can download them from Your data) and nothing is saved over them; what you change here lasts only until you reload.
err-boards-part-kept = Part of your saved boards was damaged: { $count ->
        [one] one result or board could not be read and is left out
       *[other] { $count } results or boards could not be read and are left out
    }; the rest are here. A copy of the saved boards as they were is kept in this browser: you can download it from Your data.
err-boards-part-not-kept = Part of your saved boards was damaged: { $count ->
        [one] one result or board could not be read and is left out
       *[other] { $count } results or boards could not be read and are left out
    }; the rest are here. There is no room to keep a copy of them as they were, so nothing is saved over them; what you change here lasts only until you reload.
# Why the saved boards could not be read (the $why above).
boards-why-newer = they were saved by a newer version of { -app } (reload the page to use it).
boards-why-damaged = they are damaged.
team-cannot-open = This team link cannot be opened
team-of = { $name }, { $date }
team-read-only = The figures of { $count ->
    [one] { $count } result
   *[other] { $count } results
}, shown read-only: the link carries no one's answers and no names.
err-team-not-team = This is not a team link. A personal result link contains #/r/: open it as it is.
err-team-newer = This team link was made by a newer version of { -app }. Reload the page to get the newest version, then open it again.
err-team-other-version = This team link was made with version { $found } of the questionnaire; this app uses version { $current }. Ask for a team link made with this version.
err-team-damaged = This team link is incomplete or damaged. Check that the whole link was copied, or ask for it again.

# Scanner
board-scan-title = Scan participants' QR codes
board-scan-hint = Turns on this device's camera. Hold up each participant's QR code, one after another: each is added as soon as it is read, with no need to touch the screen. Nothing leaves the device.
board-scan-button = Scan QR codes
board-scan-stop = Stop scanning
board-scan-video = Camera preview for scanning QR codes
board-scan-starting = Turning the camera on…
board-scan-on = The camera is on: hold up a QR code.
board-scan-paused = The camera was turned off because the page was hidden. Press “Scan QR codes” to go on.
board-scan-line = Code { $number } read: { $outcome }
board-scan-not-link = Code { $number } read: it holds no { -app } result link.
err-camera-refused = The camera was not allowed. To scan, allow it in the browser's settings for this site; pasting links still works.
err-camera-none = No camera was found on this device. Paste the links instead.
err-camera-unavailable = This browser offers no camera here (it needs a page served over https or from localhost). Paste the links instead.
err-camera-failed = The camera could not be started (another app may be using it). Try again, or paste the links instead.
err-scanner-not-loaded = The scanner could not be loaded (it needs the network once). Try again when online, or paste the links instead.

# Versions
shared-opening = Opening the shared result…
shared-older-loading = This result was made with version { $version } of the questionnaire: loading that version's questions…
shared-older-version = This result was made with version { $version } of the questionnaire, whose questions have since changed. It is shown with that version's questions, as it was shared, and cannot be compared with your own answers.
shared-answered-as-teacher = Answered by someone who teaches: the items read as they were asked, in a teacher's wording.
shared-older-unavailable = This result was made with version { $version } of the questionnaire, and that version's questions could not be loaded (they need the network once). Try again when you are online.
