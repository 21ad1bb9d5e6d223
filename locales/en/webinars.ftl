## The programme
webinars-title = Webinars
webinars-intro = Live online sessions with the people who do social-tech work: register for free, join from any device, or watch the replay and read the transcript later.
webinars-zone-note = Times are shown in { $zone }.
webinars-upcoming = Coming up
webinars-past-title = Past webinars
webinars-count = { $count ->
    [one] 1 webinar
   *[other] { $count } webinars
}
webinars-none-upcoming = No webinar coming up matches these filters.
webinars-none-past = No past webinar matches these filters.
webinars-feed = Follow new webinars (Atom feed)
webinars-filter-when = When
webinars-filter-when-any = Coming up and past
webinars-filter-lang = Language spoken
webinars-filter-lang-any = Any language
webinars-filter-competence = DigComp competence
webinars-filter-competence-any = Any competence
webinars-filter-job = Job profile
webinars-filter-job-any = Any job profile
webinars-filter-organisation = Organisation
webinars-filter-organisation-any = Any organisation
webinars-filter-access = Accessibility
webinars-filter-access-any = Any
webinars-access-captions = live captions
webinars-access-sign-language = sign-language interpretation
webinars-access-transcript = transcript
param-when = when
param-access = accessibility

## A card
webinars-seats-open = Free, no seat limit
webinars-seats-left = { $count ->
    [one] 1 seat left
   *[other] { $count } seats left
}
webinars-seats-waiting-list = Full: waiting list open
webinars-seats-closed = Registration closed
webinars-replay-available = Replay available
webinars-past = Took place
webinars-spoken = in { $language }
webinars-minutes = { $minutes } min

## A webinar's page
webinars-own-zone = Organiser's time: { $when }
webinars-zone-pick = Show the times in another zone
webinars-zone-show = Show
webinars-organiser = Organised by
webinars-language = Language spoken
webinars-length = Length
webinars-seats = Seats
webinars-capacity = (out of { $count })
webinars-access = Accessibility
webinars-add-to-calendar = Add to my calendar (.ics file)
webinars-speakers = Speakers
webinars-related = Related
webinars-competence = DigComp competence
webinars-job = Job profile:
webinars-pathway-step = { $pathway }, step { $n }: the replay is part of this pathway
webinars-watch-replay = Watch the replay
webinars-transcript = Transcript and summary

## Registrations
webinars-registration-pending = waiting for your confirmation
webinars-registration-confirmed = registered
webinars-registration-waiting = on the waiting list
webinars-registration-cancelled = cancelled

## Dates and zones
webinars-when = { $weekday } { $day } { $month } { $year }, { $start }–{ $end }
webinars-weekday-1 = Mon
webinars-weekday-2 = Tue
webinars-weekday-3 = Wed
webinars-weekday-4 = Thu
webinars-weekday-5 = Fri
webinars-weekday-6 = Sat
webinars-weekday-7 = Sun
webinars-month-1 = Jan
webinars-month-2 = Feb
webinars-month-3 = Mar
webinars-month-4 = Apr
webinars-month-5 = May
webinars-month-6 = Jun
webinars-month-7 = Jul
webinars-month-8 = Aug
webinars-month-9 = Sep
webinars-month-10 = Oct
webinars-month-11 = Nov
webinars-month-12 = Dec
webinars-zone = { $city } time
webinars-city-europe-paris = Paris
webinars-city-europe-brussels = Brussels
webinars-city-europe-rome = Rome
webinars-city-europe-madrid = Madrid
webinars-city-atlantic-canary = Canary Islands
webinars-city-europe-lisbon = Lisbon
webinars-city-europe-london = London
webinars-city-europe-berlin = Berlin
