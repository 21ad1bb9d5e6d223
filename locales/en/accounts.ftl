accounts-email-empty = Please enter your e-mail address.
accounts-email-too-long = This e-mail address is too long.
accounts-email-invalid = This does not look like an e-mail address. Check it, for example: name@example.org.
accounts-password-too-short = Your password needs at least 10 characters. A few words strung together work well.
accounts-password-too-long = Your password is too long (1,024 characters at most).
accounts-password-common = This password is among the most common ones and easy to guess. Please choose another.
accounts-email-taken = An account already uses this e-mail address. Sign in, or reset your password if you have forgotten it.
accounts-display-name-empty = Please enter the name to show on the site.
accounts-display-name-too-long = This name is too long (120 characters at most).
accounts-password-empty = Please enter your password.
accounts-password-mismatch = The two passwords are not the same. Please type the new password again in both fields.
accounts-password-wrong = This is not your current password.
accounts-language-invalid = Please choose one of the languages in the list.
accounts-time-zone-invalid = Please choose a time zone from the list.
accounts-csrf-invalid = For your security, this form expired before it was sent. Please check it and send it again.
accounts-sign-in-failed = The e-mail address or the password is not right. Please check both and try again.
accounts-rate-limited = { $minutes ->
    [one] Too many attempts. For your security, please wait a minute before trying again.
   *[other] Too many attempts. For your security, please wait { $minutes } minutes before trying again.
}
accounts-token-invalid = This link is not valid. Check that you copied the whole link, or ask for a new one.
accounts-token-expired = This link has expired. Links stay valid for one hour: please ask for a new one.
accounts-token-used = This link has already been used. Each link works once: please ask for a new one if you need it.

form-errors-title = { $count ->
    [one] There is a problem with what you sent
   *[other] There are { $count } problems with what you sent
}
form-required = required
form-hint-password = At least 10 characters. A few words strung together make a strong password that is easy to remember.

nav-account-label = Your account
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-account = My account
nav-sign-out = Sign out
nav-admin = Administration
nav-publish = Partner space
nav-moderation = Moderation

accounts-field-email = E-mail address
accounts-field-display-name = Name shown on the site
accounts-field-display-name-hint = Your first name is enough. Other learners and partners may see it.
accounts-field-password = Password
accounts-field-password-confirm = Password again
accounts-field-current-password = Current password
accounts-field-new-password = New password
accounts-field-new-password-confirm = New password again
accounts-field-new-email = New e-mail address
accounts-field-language = Preferred language
accounts-field-language-hint = Used for the e-mails we send you and when you sign in.
accounts-field-time-zone = Time zone
accounts-field-time-zone-hint = Webinar times are shown in this time zone.

accounts-sign-up-title = Create your account
accounts-sign-up-intro = An account keeps your learning progress and badges, and lets you save offers. It is free, and you can download or delete your data at any time.
accounts-sign-up-submit = Create my account
accounts-sign-up-have-account = Already have an account?
accounts-sign-in-title = Sign in
accounts-sign-in-intro = Welcome back. Sign in to continue your pathways and see your saved offers.
accounts-sign-in-submit = Sign in
accounts-sign-in-forgot = Forgotten your password?
accounts-sign-in-no-account = New here?
accounts-sign-in-required = Please sign in to see this page. You will come straight back to it.

accounts-forgot-title = Reset your password
accounts-forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password; it works once, for one hour.
accounts-forgot-submit = Send me a link
accounts-reset-title = Choose a new password
accounts-reset-submit = Save my new password
accounts-reset-ask-again = Ask for a new link
accounts-verify-title = Confirm your e-mail address
accounts-verify-intro = Confirm that { $email } is your e-mail address.
accounts-verify-submit = Confirm my address

accounts-account-title = My account
accounts-account-intro = Signed in as { $email }.
accounts-unverified = Your e-mail address is not confirmed yet. Open the link we sent you, or ask for a new one.
accounts-resend-verification = Send the link again
accounts-profile-title = Profile
accounts-profile-submit = Save my profile
accounts-password-title = Change my password
accounts-password-submit = Change my password
accounts-email-title = Change my e-mail address
accounts-email-hint = We will send a confirmation link to the new address.
accounts-email-submit = Change my e-mail address
accounts-data-title = My data
accounts-data-intro = Download everything the portal holds about you, as a JSON file, or delete your account.
accounts-data-download = Download my data (JSON)
accounts-delete-link = Delete my account
accounts-role = Role: { $role }
accounts-memberships = Organisations you publish for: { $names }
accounts-member-since = Member since { $date }

accounts-delete-title = Delete my account
accounts-delete-intro = This removes your account for good: your name, e-mail address, password, preferences, memberships of organisations, sessions and the e-mails waiting for you. Content published by your organisations stays online. This cannot be undone.
accounts-delete-submit = Delete my account for good
accounts-delete-cancel = Keep my account

accounts-notice-signed-up = Welcome! We sent a link to { $email } to confirm your address.
accounts-notice-signed-in = You are signed in.
accounts-notice-signed-out = You are signed out. See you soon!
accounts-notice-profile-saved = Your profile is saved.
accounts-notice-password-changed = Your password is changed. Other devices where you were signed in have been signed out.
accounts-notice-email-changed = Your e-mail address is changed. We sent a confirmation link to { $email }.
accounts-notice-verification-sent = We sent a new confirmation link to { $email }.
accounts-notice-email-verified = Thank you, your e-mail address is confirmed.
accounts-notice-reset-sent = If an account uses { $email }, we have sent it a link to choose a new password. Check your inbox (and your spam folder).
accounts-notice-password-reset = Your new password is saved. You can sign in with it now.
accounts-notice-deleted = Your account and your personal data have been deleted. Thank you for learning with us.

role-learner = Learner
role-editor = Editor
role-moderator = Moderator
role-admin = Administrator

mail-greeting = Hello { $name },
mail-signature = The Social Tech Academy team
mail-verify-subject = Confirm your e-mail address
mail-verify-body = Please confirm that this is your e-mail address by opening this link (it works once, for one hour):
mail-verify-ignore = If you did not create an account on Social Tech Academy, you can ignore this message.
mail-reset-subject = Choose a new password
mail-reset-body = Someone asked to reset the password of your Social Tech Academy account. To choose a new password, open this link (it works once, for one hour):
mail-reset-ignore = If you did not ask for this, ignore this message: your password stays the same.
mail-email-changed-subject = Your e-mail address has been changed
mail-email-changed-body = The e-mail address of your Social Tech Academy account was changed to { $email }. If you did not do this, reset your password at once and write to us.
accounts-time-zone-partner = { $city }, { $country } ({ $offset })
accounts-time-zone-group-partners = Partner countries
accounts-time-zone-group-all = All time zones
accounts-profile-page-title = Profile and sign-in
accounts-part-learning-summary = { $started ->
    [0] No pathway in progress
    [one] { $started } pathway in progress
   *[other] { $started } pathways in progress
}, { $finished ->
    [0] none finished yet.
    [one] { $finished } finished.
   *[other] { $finished } finished.
}
accounts-part-saved-summary = { $offers ->
    [0] No saved offer
    [one] { $offers } saved offer
   *[other] { $offers } saved offers
}, { $searches ->
    [0] no saved search
    [one] { $searches } saved search
   *[other] { $searches } saved searches
} ({ $alerts ->
    [0] no e-mail alert
    [one] { $alerts } e-mail alert
   *[other] { $alerts } e-mail alerts
}).
accounts-part-webinars-summary = { $upcoming ->
    [0] No webinar coming up
    [one] { $upcoming } webinar coming up
   *[other] { $upcoming } webinars coming up
}{ $waiting ->
    [0] .
   *[other] , waiting list for { $waiting }.
}
accounts-part-profile-summary = { $name } · { $language } · { $zone }. Your password and e-mail address too.
accounts-part-learning = My learning
