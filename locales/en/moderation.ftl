moderation-queue = Waiting for review
moderation-organisations = Organisations
moderation-filter-organisation = Organisation
moderation-filter-lang = Original language
moderation-filter-any = Any
moderation-waiting = { $count ->
    [0] Nothing is waiting for review.
    [one] { $count } item is waiting for review, oldest first.
   *[other] { $count } items are waiting for review, oldest first.
}
moderation-submitted = Submitted
moderation-back = Back to the moderation queue
moderation-decision = Your decision
moderation-comment = Comment for the editors
moderation-comment-hint = Required to reject: say what to change. The editors read it on the item and receive it by e-mail.
moderation-approve = Approve and publish
moderation-reject = Reject with this comment
moderation-history = History
moderation-comment-required = Please say what the editors should change: they read this comment.
moderation-already-decided = This item is no longer waiting for review: someone decided on it, or it was changed.
moderation-notice-approved = Published. It appears in search, the feed and the sitemap now.
moderation-notice-rejected = Rejected. The editors have been told, with your comment.
history-create = created
history-edit = edited
history-submit = submitted for review
history-approve = approved and published
history-reject = rejected
history-publish = published directly by an administrator
history-translate = translation proposed
history-archive = archived
history-delete = deleted
history-read-draft = read
partner-rejected-comment = A moderator did not publish this offer and wrote:
mail-rejected-subject = Not published yet: { $title }
mail-rejected-body = A moderator of the Social Tech Academy reviewed your offer “{ $title }” and did not publish it yet. Their comment:
mail-rejected-next = Change the offer and submit it again from your partner space:
moderation-change-tag = change
moderation-changes-revision = What changed since the published version
moderation-changes-new = The whole item (never published)
moderation-as-readers-see = As readers see it now
moderation-as-readers-will-see = As readers will see it
moderation-filter-age = Waiting for
moderation-age-days = { $count ->
    [one] at least a day
   *[other] at least { $count } days
}
