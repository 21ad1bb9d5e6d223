accounts-email-empty = Inserire il proprio indirizzo e-mail.
accounts-email-too-long = Questo indirizzo e-mail è troppo lungo.
accounts-email-invalid = Non sembra un indirizzo e-mail. Controllarlo, ad esempio: nome@esempio.org.
accounts-password-too-short = La password deve avere almeno 10 caratteri. Alcune parole in fila vanno benissimo.
accounts-password-too-long = La password è troppo lunga (al massimo 1.024 caratteri).
accounts-password-common = Questa password è tra le più comuni e facile da indovinare. Sceglierne un'altra.
