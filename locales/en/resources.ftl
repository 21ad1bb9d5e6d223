# The resource library.

resources-title = Resources
resources-intro = Guides, toolkits, templates, checklists and recorded talks from partner organisations, free to use under the licence each one states.
resources-count = { $count ->
    [0] No resources
    [one] { $count } resource
   *[other] { $count } resources
}
resources-empty = No resource matches these words and filters.
resources-search = Words
resources-filter-kind = Type
resources-filter-kind-any = Any type
resources-filter-competence = Competence
resources-filter-competence-any = Any competence
resources-filter-lang = Available in
resources-filter-lang-any = Any language
resources-filter-licence = Licence
resources-filter-licence-any = Any licence
resources-filter-organisation = Organisation
resources-filter-organisation-any = Any organisation

resources-kind-guide = Guide
resources-kind-toolkit = Toolkit
resources-kind-template = Template
resources-kind-checklist = Checklist
resources-kind-recorded-talk = Recorded talk
resources-licence-cc-by-sa-4-0 = CC BY-SA 4.0 (share alike)
resources-licence-cc-by-4-0 = CC BY 4.0 (attribution)
resources-licence-cc-by-nc-sa-4-0 = CC BY-NC-SA 4.0 (non-commercial, share alike)
resources-licence-cc0-1-0 = CC0 1.0 (public domain)
resources-audience-learner = Learners
resources-audience-job-seeker = Job-seekers
resources-audience-organisation = Organisations

resources-external-link = on the publisher’s website
resources-download = Download
resources-open-link = Open the resource
resources-publisher = Published by
resources-competences = DigComp competences it works on
resources-licence-statement = Licence: { $licence }. You may reuse and adapt it under its terms, naming the publisher.
resources-licence-read = Read the licence
resources-languages = Available in
resources-audiences = Written for
resources-published = Published on
resources-file-empty = The file is empty.
resources-file-too-large = The file is larger than 10 MB.
resources-file-format = This file is not a PDF, ODT or DOCX document or a PNG, JPEG, WebP or GIF image (its content was checked, not its name).
resources-error-languages = Tick at least one language.
resources-error-audiences = Tick at least one audience.
resources-error-competences = Tick at most five competences.
resources-error-file-or-link = Saved, but not sent for review: give a link or send a file first, so readers have something to open.
