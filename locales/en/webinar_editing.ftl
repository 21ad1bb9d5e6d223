## The fields of a webinar, in moderators' diffs and histories
content-field-starts-time = Start time
content-field-time-zone = Time zone
content-field-duration-minutes = Length (minutes)
content-field-capacity = Seats
content-field-spoken-lang = Language spoken
content-field-join-url = Link to join
content-field-replay-url = Link to the replay
content-field-captions = Live captions
content-field-sign-language = Sign-language interpretation
content-field-job-profiles = Job profiles
content-field-speaker-n = Speaker { $n }
content-field-interview = Interview
content-field-organisation = Organisation
content-field-registration-open = Registration open
