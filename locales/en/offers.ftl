offers-title = Jobs, internships, volunteering and training
offers-intro = Offers from organisations that put digital skills to work for the common good, near you or remote.
offers-count = { $count ->
    [0] No offer matches
    [one] One offer
   *[other] { $count } offers
}
offers-empty = No open offer matches this search yet.
offers-empty-tip-words = Try fewer or more general words: “data” rather than “data analyst in Lyon”.
offers-empty-tip-filters = Remove a filter, for example the city or the date, using the links above.
offers-empty-all = See every open offer
offers-feed-title = Social Tech Academy offers
offers-feed-link = Follow this search with a feed reader (Atom)
offers-feed-summary = { $kind } at { $organisation }, { $place } ({ $mode })
offers-search-label = Search offers
offers-q-label = Words
offers-q-hint = A job, a skill, an organisation or a place. Accents and capitals do not matter.
offers-search-submit = Search
offers-filter-any = Any
offers-filter-q = Words
offers-filter-kind = Type of offer
offers-filter-country = Country
offers-filter-city = Place
offers-filter-place = Where
offers-place-remote = Remote, from anywhere
offers-place-add = Add a town
offers-place-hint = Offers in the towns around are found too. Tick several places to see any of them, for example a town and remote work.
offers-filter-radius = Distance
offers-radius-km = { $km ->
    [0] This town only
   *[other] Within { $km } km
}
offers-filter-mode = Way of working
offers-filter-lang = Language of the offer
offers-filter-competence = DigComp competence
offers-filter-organisation = Organisation
offers-filter-posted = Posted
offers-filter-sort = Order
offers-kind-job = Job
offers-kind-internship = Internship
offers-kind-volunteering = Volunteering
offers-kind-training = Training
offers-mode-on-site = On site
offers-mode-hybrid = Hybrid
offers-mode-remote = Remote
offers-contract-permanent = Permanent contract
offers-contract-fixed-term = Fixed-term contract
offers-contract-freelance = Freelance
offers-contract-part-time = Part-time
offers-contract-internship = Internship agreement
offers-contract-volunteer = Volunteering
offers-contract-course = Course
offers-contract-other = Other
offers-posted-7 = In the last 7 days
offers-posted-30 = In the last 30 days
offers-posted-90 = In the last 90 days
offers-sort-relevance = Best match
offers-sort-newest = Newest first
offers-sort-closing = Closing soon
offers-posted = Posted on { $date }
offers-closes = closes on { $date }
offers-closed = This offer is closed: the closing date has passed. It is kept here for reference.
offers-apply-title = How to apply
offers-apply-link = Apply on the organisation's site
offers-apply-email = Or write to
offers-competences-title = Digital competences asked for (DigComp 2.2)
offers-job-profile = The job behind this offer:
offers-fact-organisation = Organisation
offers-fact-contract = Contract
offers-fact-place = Place
offers-fact-posted = Posted
offers-fact-closes = Closes
offers-fact-starts = Starts
offers-about-organisation = About { $name }
offers-open-title = Open offers
offers-save-button = Save this offer
offers-saved-button = Saved — remove from my list
offers-save-sign-in = Sign in to save this offer
offers-save-search = Save this search
offers-save-search-alert = Send me new matching offers by e-mail, once a day
offers-save-search-sign-in = Sign in to save this search and get new offers by e-mail
offers-saved-title = My saved offers and searches
offers-saved-offers = Saved offers
offers-saved-none = You have not saved any offer yet.
offers-remove-saved = Remove “{ $title }”
offers-saved-searches = Saved searches
offers-saved-searches-intro = A saved search with an e-mail alert sends you, once a day, the new offers that match it.
offers-searches-none = You have not saved any search yet. Search for offers, then choose “Save this search”.
offers-search-everything = Every open offer
offers-alert-is-on = daily e-mail on
offers-alert-is-off = no e-mail
offers-alert-turn-on = Send me a daily e-mail
offers-alert-turn-off = Stop the e-mails
offers-remove-search = Remove this search
offers-notice-saved = The offer is in your saved offers.
offers-notice-unsaved = The offer is no longer in your saved offers.
offers-notice-search-saved = Your search is saved. Find it under “My saved offers and searches”.
offers-notice-search-saved-alert = Your search is saved. We will e-mail you the new matching offers once a day.
offers-notice-search-removed = The search is removed.
offers-notice-alert-on = You will receive a daily e-mail for this search.
offers-notice-alert-off = You will no longer receive e-mails for this search.
offers-notice-unsubscribed = Done: you will no longer receive e-mails for this search. You can switch them on again from your account.
offers-notice-unsubscribe-invalid = This unsubscribe link is not valid any more. You can manage your e-mails from your account.
offers-alert-subject = { $count ->
    [one] A new offer for your search
   *[other] { $count } new offers for your search
}
offers-alert-intro = { $count ->
    [one] One new offer matches your saved search:
   *[other] { $count } new offers match your saved search:
}
offers-alert-all = See them all on Social Tech Academy:
offers-alert-unsubscribe = To stop these e-mails, open this link and press the button (no sign-in needed):

offers-notice-saved-after-sign-in = You are signed in, and the offer is in your saved offers.
offers-notice-search-kept-alert = Your search was already saved, and its daily e-mail stays on. You can stop it under “My saved offers and searches”.
offers-notice-search-saved-alert-unconfirmed = Your search is saved. The daily e-mail will start once you have confirmed your e-mail address (we have sent you a link).
offers-notice-alert-on-unconfirmed = The daily e-mail for this search will start once you have confirmed your e-mail address.
offers-sign-in-to-save = Sign in or create an account to save this offer. We will save it as soon as you are in.
offers-sign-in-to-save-search = Sign in or create an account to save this search. We will save it as soon as you are in.
offers-unsubscribe-title = Stop the e-mails for this search
offers-unsubscribe-intro = You are about to stop the daily e-mail of new offers for one of your saved searches. The search itself stays saved.
offers-unsubscribe-submit = Stop these e-mails
offers-unsubscribe-manage = Manage all your saved searches

# Key facts of an offer (card and page top)
offers-facts-label = Key facts
offers-pay-range = { $min }–{ $max } { $period ->
    [hour] an hour
    [month] a month
   *[year] a year
}
offers-pay-one = { $amount } { $period ->
    [hour] an hour
    [month] a month
   *[year] a year
}
offers-hours = { $hours ->
    [one] { $hours } hour a week
   *[other] { $hours } hours a week
}

offers-period-hour = Hour
offers-period-month = Month
offers-period-year = Year
offers-notice-see-saved = See your saved offers
