# The DigComp self-assessment, the competence profile, the gap box and the suggestions.

nav-assessment = Where I stand
home-assessment-text = Answer a few plain questions about what you can do with digital tools, then see which jobs and offers fit you and what to learn next.
param-fit = matches my profile

assessment-title = Where do I stand? A self-assessment of your digital competences
assessment-intro = For each skill, read what people can do at each stage and pick the level that sounds like you. There are no wrong answers, and you can change them at any time. If you are not sure, choose “I don't know”.
assessment-framework = Levels refer to { $framework }.
assessment-how = Read the four short descriptions, then choose the level closest to what you do today.
assessment-progress-label = Progress through the self-assessment
assessment-progress = Area { $n } of { $total }
assessment-answered = { $answered } of { $total } skills answered
assessment-area-n = Area { $n }
assessment-level = Level { $n }
assessment-level-band = Level { $n } ({ $band })
assessment-level-none = No level yet
assessment-unknown = I don't know
assessment-next = Save and continue
assessment-finish = Save and see my profile
assessment-back = Save and go back
assessment-see-profile = See my competence profile so far
assessment-notice-saved = Your answers are saved.
assessment-replaced-notice = Some of your earlier answers were for an older version of the framework. Please answer again: the levels may mean something different now.
assessment-error-level = Choose a level from { $min } to { $max }, or “I don't know”.
assessment-error-unknown-competence = The form named a skill that is not part of this area ({ $code }). Nothing was saved; please check your answers and send them again.
assessment-error-replaced = The framework was updated to { $framework } while you were answering. Nothing was saved: please check your answers against the new descriptions and send them again.
assessment-start = Take the self-assessment

assessment-profile-title = My competence profile
assessment-profile-intro = Your level in each digital skill, and where it comes from: what you said yourself, or what a badge you earned shows.
assessment-profile-empty = You have no competence profile yet. The self-assessment takes about 15 minutes, works without an account, and you can stop and come back at any time.
assessment-profile-table = Your levels, skill by skill
assessment-col-competence = Skill
assessment-col-level = Level
assessment-col-source = Where it comes from
assessment-source-self = Your own answer, { $date }
assessment-source-unknown = You answered “I don't know”, { $date }
assessment-source-badge = Shown by your badge:
assessment-source-none = Not answered yet
assessment-results-link = See jobs, offers and pathways that fit you
assessment-change = Change my answers
assessment-download = Download my profile (JSON)
assessment-print-hint = To keep a paper copy, print this page: the menus and buttons are left out.
assessment-chart-title = My levels per skill
assessment-chart-desc = A bar per skill, its length the level from 0 to { $top }. { $answered } of { $total } skills have a level; a tick marks a level shown by a badge. The table below gives the same figures.
assessment-chart-caption = Each bar is a skill (its DigComp number on the left); its length is your level. ✓ = shown by a badge you earned.

assessment-gap-title = What you have, and what you would need
assessment-gap-invitation = Want to know which of these skills you already have, and what to learn to get there? Take the self-assessment: it takes about 15 minutes and needs no account.
assessment-gap-summary = { $total ->
    [one] You meet { $meets } of the { $total } skill asked for.
   *[other] You meet { $meets } of the { $total } skills asked for.
}
assessment-gap-met-label = You have it:
assessment-gap-open-label = To learn:
assessment-gap-meets = { $code } is asked at level { $required }; you are at { $held }.
assessment-gap-meets-attested = { $code } is asked at level { $required }; your badge shows level { $held }.
assessment-gap-lacks = { $code } is asked at level { $required }; you are at { $held }, { $by ->
    [one] one level to go.
   *[other] { $by } levels to go.
}
assessment-gap-unknown = { $code } is asked at level { $required }; you answered “I don't know”.
assessment-gap-missing = { $code } is asked at level { $required }; it is not in your profile yet.
assessment-gap-pathway = Pathway
assessment-gap-pathway-reaches = takes you to level { $level } in { $duration }.
assessment-gap-webinar = Webinar
assessment-gap-nothing-yet = No pathway or webinar covers this skill yet.
assessment-gap-profile-link = See my whole competence profile
assessment-minutes = { $n ->
    [one] one minute
   *[other] { $n } minutes
}
assessment-hours = { $n ->
    [one] one hour
   *[other] { $shown } hours
}

assessment-results-title = Jobs, offers and pathways that fit you
assessment-results-intro = Based on your competence profile. Change your answers or earn badges, and these suggestions change with you.
assessment-results-how = How they are ordered: first the share of skills you already meet, then the fewest levels still to gain, then a fixed order so the same profile always gives the same list.
assessment-results-empty = Suggestions need a competence profile. Take the self-assessment first: it takes about 15 minutes and needs no account.
assessment-results-jobs = The job profiles closest to yours
assessment-results-job-why = { $total ->
    [one] You meet { $meets } of the { $total } skill this job asks for
   *[other] You meet { $meets } of the { $total } skills this job asks for
}{ $short ->
    [0] .
    [one] ; one level to go on the others.
   *[other] ; { $short } levels to go on the others.
}
assessment-results-none = No job profile lists skills to compare with yet.
assessment-results-offers = Open offers you already match
assessment-results-filter-label = Filter the offers you match
assessment-results-filter = Show these offers
assessment-results-offers-count = { $count ->
    [0] No open offer matches every skill it asks for yet.
    [one] One open offer asks only for skills you have.
   *[other] { $count } open offers ask only for skills you have.
}
assessment-results-offer-why = { $total ->
    [one] You meet the { $total } skill it asks for.
   *[other] You meet all { $total } skills it asks for.
}
assessment-results-no-offer = Try fewer filters, or look at the pathways below to reach the next offers.
assessment-results-offers-search = Search every offer, best fit first
assessment-results-pathways = Pathways that add the most for your time
assessment-results-pathway-why = { $gain ->
    [one] Adds one level to your profile in { $duration }.
   *[other] Adds { $gain } levels to your profile in { $duration }.
}
assessment-results-no-pathway = No pathway adds to your profile yet: you already have what they teach.

offers-filter-fit = Competences
offers-filter-fit-mine = Only offers that match my competence profile
offers-sort-fit = Best fit with my profile
offers-fit-invitation = Take the self-assessment to find the offers that fit your competences
