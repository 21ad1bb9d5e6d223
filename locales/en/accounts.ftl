accounts-email-empty = Please enter your e-mail address.
accounts-email-too-long = This e-mail address is too long.
accounts-email-invalid = This does not look like an e-mail address. Check it, for example: name@example.org.
accounts-password-too-short = Your password needs at least 10 characters. A few words strung together work well.
accounts-password-too-long = Your password is too long (1,024 characters at most).
accounts-password-common = This password is among the most common ones and easy to guess. Please choose another.
