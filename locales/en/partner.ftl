partner-title = Partner space
partner-intro = Your organisation's content in every state: drafts, items waiting for review, published, rejected and archived.
partner-none = You do not publish for any organisation yet. Ask the administrators to add you to yours.
partner-acting-for = Acting for { $name }
partner-choose = Organisation
partner-choose-submit = Show its content
partner-by-status = By status
partner-by-kind = By kind
partner-count = { $name } ({ $count })
partner-items = Content
partner-shown = { $count ->
    [one] { $count } item shown.
   *[other] { $count } items shown.
}
partner-show-all = Show all
partner-empty = Nothing here yet.
partner-col-title = Title
partner-col-kind = Kind
partner-col-status = Status
content-status-draft = Draft
content-status-in-review = In review
content-status-published = Published
content-status-rejected = Rejected
content-status-archived = Archived
content-kind-offer = Offers
content-kind-interview = Interviews
content-kind-pathway = Pathways
content-kind-organisation = Organisation profile
content-kind-one-offer = Offer
content-kind-one-interview = Interview
content-kind-one-pathway = Pathway
content-kind-one-organisation = Organisation profile
