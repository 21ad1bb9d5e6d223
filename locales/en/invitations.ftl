# Invitations to edit for an organisation.

invitation-title = Invitation to publish
invitation-intro = { $organisation } invites { $email } to publish its offers, resources and other content on the Social Tech Academy.
invitation-accept = Accept the invitation
invitation-other-address = You are signed in as { $email }, but the invitation is for { $invited }. Sign out, then sign in or create an account with that address.
invitation-sign-in-first = Create an account with this address, or sign in if you already have one: you will come back here to accept.
invitation-expired = This invitation has expired. Ask the administrator to send a new one.
invitation-used = This invitation has already been accepted.
invitation-accepted = You now publish for this organisation: here is its partner space.
invitation-wrong-address = This invitation is for another e-mail address.
invitation-mail-subject = Publish for { $organisation } on the Social Tech Academy
invitation-mail-body = { $inviter } invites you to publish for { $organisation } on the Social Tech Academy. Open this link to accept (you can create your account there):
invitation-mail-expiry = The link works for { $days } days, once.
invitation-mail-ignore = If you did not expect this invitation, you can ignore this message.
