jobs-title = Job profiles
jobs-intro = Digital jobs in the social and solidarity economy: what they involve, the competences they call for and how to get into them.
jobs-framework-note = The skills and levels come from { $framework }.
jobs-filter-area = Digital skills (DigComp area)
jobs-filter-area-any = All areas
jobs-count = { $count ->
    [0] No job profiles
    [one] { $count } job profile
   *[other] { $count } job profiles
}
jobs-empty = No job profile matches these filters.
jobs-areas = Competence areas:
jobs-missions = What you will do
jobs-competences = Digital skills you will use
jobs-employers = Typical employers
jobs-routes = Routes into the job
jobs-esco = See this occupation in ESCO, the European classification
jobs-interviews = People who do this job
jobs-no-interviews = No interview for this job yet.
jobs-related = Related job profiles
jobs-search = Words
jobs-filter-employer = Who you would work for
jobs-filter-employer-any = Any employer
