accounts-email-empty = Escriba su dirección de correo electrónico.
accounts-email-too-long = Esta dirección de correo electrónico es demasiado larga.
accounts-email-invalid = Esto no parece una dirección de correo electrónico. Revísela, por ejemplo: nombre@ejemplo.org.
accounts-password-too-short = La contraseña debe tener al menos 10 caracteres. Unas cuantas palabras seguidas funcionan muy bien.
accounts-password-too-long = La contraseña es demasiado larga (1024 caracteres como máximo).
accounts-password-common = Esta contraseña es de las más habituales y fácil de adivinar. Elija otra, por favor.
