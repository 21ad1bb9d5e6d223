admin-users-title = Users
admin-users-intro = Everyone with an account. Open a user to change their role or the organisations they publish for.
admin-users-search = Search by name or e-mail
admin-users-search-submit = Search
admin-users-count = { $count ->
    [one] One user
   *[other] { $count } users
}
admin-col-name = Name
admin-col-email = E-mail
admin-col-role = Role
admin-col-organisations = Organisations
admin-col-verified = Confirmed
admin-col-created = Created
admin-yes = yes
admin-no = no
admin-user-title = User: { $name }
admin-user-back = Back to the users
admin-role-title = Role
admin-role-hint = Editors are learners who publish for one or more organisations: add a membership below.
admin-role-submit = Save the role
admin-memberships-title = Organisations this user publishes for
admin-memberships-none = None.
admin-membership-organisation = Organisation
admin-membership-add = Add the membership
admin-membership-remove = Remove { $name }
admin-notice-role-saved = The role is saved.
admin-notice-membership-added = The membership is added.
admin-notice-membership-removed = The membership is removed.
admin-role-invalid = Please choose a role from the list.
admin-last-admin = This is the last administrator: make someone else an administrator first.
admin-organisation-invalid = Please choose an organisation from the list.
admin-membership-exists = This user already publishes for this organisation.
admin-outbox-title = Outgoing e-mail
admin-outbox-intro = Every e-mail the portal sends goes through this outbox. Without SMTP_URL set, messages stay here and are not sent: open them here (for example, to follow a confirmation link when trying the portal).
admin-outbox-empty = No e-mail yet.
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-created = Written
admin-outbox-status = Status
admin-outbox-sent = Sent { $date }
admin-outbox-pending = Waiting
admin-outbox-failed = Failed { $attempts } times: { $error }
admin-nav-label = Administration
admin-nav-users = Users
admin-nav-outbox = Outgoing e-mail

moderation-title = Moderation
moderation-intro = Check organisations and confirm those whose identity you have verified. The “verified” mark appears on their public page.
moderation-verify = Mark { $name } as verified
moderation-unverify = Remove the verified mark from { $name }
moderation-verified = Verified
moderation-unverified = Not verified
moderation-notice-saved = Saved.
admin-nav-jobs = Background jobs
admin-jobs-title = Background jobs
admin-jobs-intro = Work the portal does on its own: e-mail digests of saved searches, clean-up, sending e-mail. Each job runs once, whatever the number of servers. A job that keeps failing is listed first, with its last error.
admin-jobs-empty = No background job yet.
admin-jobs-kind = Job
admin-jobs-state = State
admin-jobs-next = Next run
admin-jobs-last-error = Last error
admin-jobs-state-pending = { $attempts ->
    [0] Waiting
    [one] Waiting (failed once, will try again)
   *[other] Waiting (failed { $attempts } times, will try again)
}
admin-jobs-state-running = Running
admin-jobs-state-done = Done
admin-jobs-state-failed = Failed { $attempts } times, stopped
admin-jobs-retry = Run it again
admin-jobs-retry-invalid = This job is not stopped on a failure any more.
admin-notice-job-retried = The job will run again in a few seconds.
