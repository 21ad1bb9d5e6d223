interviews-title = Interviews
interviews-intro = Professionals of social tech tell how they got there, what a week looks like and what they would advise.
interviews-filter-job = Job profile
interviews-filter-job-any = All job profiles
interviews-count = { $count ->
    [0] No interviews
    [one] { $count } interview
   *[other] { $count } interviews
}
interviews-empty = No interview matches these filters.
interviews-job-link = Discover this job:
interviews-page-title = { $person }: { $title }
interviews-search = Words
