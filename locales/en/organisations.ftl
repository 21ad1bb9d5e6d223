organisations-title = Organisations
organisations-intro = The associations, cooperatives, social enterprises, foundations, public bodies and companies of the network.
organisations-filter-kind = Kind of organisation
organisations-filter-kind-any = All kinds
organisations-count = { $count ->
    [0] No organisations
    [one] { $count } organisation
   *[other] { $count } organisations
}
organisations-empty = No organisation matches these filters.
organisations-verified = Verified organisation
organisations-not-verified = The information on this organisation has not been verified by the Academy team yet.
organisations-website = Visit the website
organisations-about = About
organisations-interviews = Interviews of people working here
organisations-no-interviews = No interview with people from this organisation yet.
organisations-search = Words
