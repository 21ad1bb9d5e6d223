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

## Registering
webinars-register-title = Register
webinars-register = Register for free
webinars-join-waiting-list = Join the waiting list
webinars-email = Your e-mail address
webinars-email-hint = No account needed: we send you a link to confirm. Your registration counts once you open it.
webinars-error-closed = Registration for this webinar is closed.
webinars-error-already = This address is already registered for this webinar. The e-mail we sent has your personal link.
webinars-notice-check-mail = Almost done: open the link we have just sent to your e-mail address to confirm your registration (within 48 hours).
webinars-notice-registered = You are registered. We have sent you an e-mail with your personal link and a calendar file.
webinars-notice-waiting = The webinar is full: you are on the waiting list. If a seat is freed, it is yours and we will tell you by e-mail.
webinars-notice-cancelled = Your registration is cancelled.
webinars-notice-already-cancelled = This registration had already been cancelled.
webinars-you-have-a-seat = You have a seat.
webinars-manage-by-mail = Your personal link to cancel or add it to your calendar is in the e-mail we sent you.
webinars-your-place = You are on the waiting list, in position { $place }.
webinars-you-cancelled = You cancelled this registration.
webinars-registration-title = Your registration
webinars-registration-expired = This link has expired (a registration must be confirmed within 48 hours, before the webinar starts). Please register again.
webinars-join = Join the webinar
webinars-join-later = The link to join appears here 15 minutes before the start.
webinars-cancel = Cancel my registration

## E-mails
webinars-mail-confirm-subject = Confirm your registration: { $title }
webinars-mail-confirm-body = Open this link within 48 hours to confirm your registration for “{ $title }”:
webinars-mail-registered-subject = You are registered: { $title }
webinars-mail-registered-body = You have a seat at “{ $title }”. Your personal link shows the webinar, adds it to your calendar and, 15 minutes before the start, the link to join:
webinars-mail-waiting-subject = On the waiting list: { $title }
webinars-mail-waiting-body = “{ $title }” is full, so you are on the waiting list. If a seat is freed, it is yours and we will write to you. Your personal link:
webinars-mail-seat-subject = A seat is yours: { $title }
webinars-mail-seat-body = Good news: a seat was freed at “{ $title }” and it is now yours. Your personal link:
webinars-mail-cancel-note = To cancel, open your personal link and press “Cancel my registration”. No account or password needed.
webinars-mail-when = “{ $title }”: { $when }
webinars-mail-day-subject = Tomorrow: { $title }
webinars-mail-day-body = A reminder: you have a seat at this webinar, tomorrow. Your personal link shows the link to join from 15 minutes before the start:
webinars-mail-hour-subject = In one hour: { $title }
webinars-mail-hour-body = The webinar starts in one hour. Your personal link shows the link to join from 15 minutes before the start:
webinars-mail-replay-subject = The replay is online: { $title }
webinars-mail-replay-body = The recording of “{ $title }” is online. Watch it, and read its transcript, on the webinar’s page:
webinars-mail-calendar-note = The calendar file attached to this e-mail adds the webinar to your calendar.
webinars-mail-feed-note = Every webinar you register for is also in your own calendar feed, which your calendar application can subscribe to: { $url }
webinars-mail-stop-note = Do not want reminders? Open your personal link and press “Stop reminders”: { $url }

## Reminders and the person's calendar
webinars-reminders-on = We send you a reminder the day before and one hour before, and a mail when the replay is online.
webinars-reminders-off = You will get no reminders for this webinar.
webinars-reminders-stop = Stop reminders
webinars-reminders-start = Send me reminders again
webinars-notice-reminders-off = Reminders are off for this webinar.
webinars-notice-reminders-on = Reminders are back on for this webinar.
webinars-my-calendar-name = My webinars — Social Tech Academy
webinars-notice-calendar-reset = Your calendar has a new address. The old one no longer works: subscribe to the new one.
webinars-mine-title = My webinars
webinars-mine-none = You have not registered for a webinar yet.
webinars-mine-browse = See the programme
webinars-mine-upcoming = Coming up
webinars-mine-waiting = On the waiting list
webinars-mine-past = Past, with their replays
webinars-my-calendar-title = Your webinar calendar
webinars-my-calendar-intro = Subscribe to this address in your calendar application (it works with most of them: “add a calendar from a URL”). It lists the webinars you register for, with the link to join. Keep it to yourself: whoever has it sees them.
webinars-my-calendar-address = Your calendar’s private address
webinars-my-calendar-reset = Give my calendar a new address
webinars-mine-on-account = You find it under “My webinars” on your account page, and in your webinar calendar.
webinars-my-calendar-make = Make my calendar address

## Webinar form errors
webinars-error-time = Type a time as hours and minutes, like 18:30.
webinars-error-time-skipped = This time does not exist that day in this time zone (the clocks go forward). Choose another time.
webinars-error-start-past = The start is in the past. Choose a day and time to come.
webinars-error-zone = Choose a time zone from the list.
webinars-error-duration = Type a length from 1 to { $max } minutes.
webinars-error-capacity = Type a number of seats from 1 to { $max }, or leave it empty for no limit.
webinars-error-capacity-taken = { $count } people already have a seat: the webinar needs at least { $count } seats.
webinars-next-title = Next webinars
webinars-next-all = See every webinar
webinars-search = Words
webinars-notice-see-mine = See your webinars
