accounts-email-empty = Inserire il proprio indirizzo e-mail.
accounts-email-too-long = Questo indirizzo e-mail è troppo lungo.
accounts-email-invalid = Non sembra un indirizzo e-mail. Controllarlo, ad esempio: nome@esempio.org.
accounts-password-too-short = La password deve avere almeno 10 caratteri. Alcune parole in fila vanno benissimo.
accounts-password-too-long = La password è troppo lunga (al massimo 1.024 caratteri).
accounts-password-common = Questa password è tra le più comuni e facile da indovinare. Sceglierne un'altra.
accounts-email-taken = Esiste già un account con questo indirizzo e-mail. Accedere oppure, se la password è stata dimenticata, reimpostarla.
accounts-display-name-empty = Inserire il nome da mostrare sul sito.
accounts-display-name-too-long = Questo nome è troppo lungo (al massimo 120 caratteri).
accounts-password-empty = Inserire la password.
accounts-password-mismatch = Le due password non coincidono. Digitare di nuovo la nuova password in entrambi i campi.
accounts-password-wrong = Questa non è la password attuale.
accounts-language-invalid = Scegliere una delle lingue dell'elenco.
accounts-time-zone-invalid = Scegliere un fuso orario dall'elenco.
accounts-csrf-invalid = Per motivi di sicurezza, questo modulo è scaduto prima dell'invio. Controllarlo e inviarlo di nuovo.
accounts-sign-in-failed = L'indirizzo e-mail o la password non sono corretti. Controllarli entrambi e riprovare.
accounts-rate-limited = { $minutes ->
    [one] Troppi tentativi. Per motivi di sicurezza, attendere un minuto prima di riprovare.
   *[other] Troppi tentativi. Per motivi di sicurezza, attendere { $minutes } minuti prima di riprovare.
}
accounts-token-invalid = Questo link non è valido. Verificare di aver copiato il link per intero, oppure richiederne uno nuovo.
accounts-token-expired = Questo link è scaduto. I link restano validi per un'ora: richiederne uno nuovo.
accounts-token-used = Questo link è già stato usato. Ogni link funziona una sola volta: se necessario, richiederne uno nuovo.

form-errors-title = { $count ->
    [one] C'è un problema nei dati inviati
   *[other] Ci sono { $count } problemi nei dati inviati
}
form-required = obbligatorio
form-hint-password = Almeno 10 caratteri. Alcune parole in fila formano una password sicura e facile da ricordare.

nav-account-label = Area personale
nav-sign-in = Accedi
nav-sign-up = Crea un account
nav-account = Il mio account
nav-sign-out = Esci
nav-admin = Amministrazione
nav-publish = Area partner
nav-moderation = Moderazione

accounts-field-email = Indirizzo e-mail
accounts-field-display-name = Nome visibile sul sito
accounts-field-display-name-hint = È sufficiente il nome, senza cognome. Potranno vederlo le altre persone iscritte e i partner.
accounts-field-password = Password
accounts-field-password-confirm = Ripetere la password
accounts-field-current-password = Password attuale
accounts-field-new-password = Nuova password
accounts-field-new-password-confirm = Ripetere la nuova password
accounts-field-new-email = Nuovo indirizzo e-mail
accounts-field-language = Lingua preferita
accounts-field-language-hint = Usata nelle e-mail inviate dal portale e applicata al momento dell'accesso.
accounts-field-time-zone = Fuso orario
accounts-field-time-zone-hint = Gli orari dei webinar sono indicati in questo fuso orario.

accounts-sign-up-title = Creare un account
accounts-sign-up-intro = Con un account si conservano i propri progressi di apprendimento e i badge, e si possono salvare le offerte. È gratuito, e i propri dati si possono scaricare o eliminare in qualsiasi momento.
accounts-sign-up-submit = Crea l'account
accounts-sign-up-have-account = Già in possesso di un account?
accounts-sign-in-title = Accesso
accounts-sign-in-intro = Bentornati! Accedere per continuare i propri percorsi e vedere le offerte salvate.
accounts-sign-in-submit = Accedi
accounts-sign-in-forgot = Password dimenticata?
accounts-sign-in-no-account = Ancora senza account?
accounts-sign-in-required = Accedere per visualizzare questa pagina. Subito dopo l'accesso si tornerà qui.

accounts-forgot-title = Reimpostare la password
accounts-forgot-intro = Inserire l'indirizzo e-mail del proprio account. Invieremo un link per scegliere una nuova password; funziona una sola volta, per un'ora.
accounts-forgot-submit = Invia il link
accounts-reset-title = Scegliere una nuova password
accounts-reset-submit = Salva la nuova password
accounts-reset-ask-again = Richiedi un nuovo link
accounts-verify-title = Confermare l'indirizzo e-mail
accounts-verify-intro = Confermare che { $email } è il proprio indirizzo e-mail.
accounts-verify-submit = Conferma l'indirizzo

accounts-account-title = Il mio account
accounts-account-intro = Accesso effettuato come { $email }.
accounts-unverified = L'indirizzo e-mail non è ancora confermato. Aprire il link ricevuto via e-mail, oppure richiederne uno nuovo.
accounts-resend-verification = Invia di nuovo il link
accounts-profile-title = Profilo
accounts-profile-submit = Salva il profilo
accounts-password-title = Modifica della password
accounts-password-submit = Cambia la password
accounts-email-title = Modifica dell'indirizzo e-mail
accounts-email-hint = Invieremo un link di conferma al nuovo indirizzo.
accounts-email-submit = Cambia l'indirizzo e-mail
accounts-data-title = I miei dati
accounts-data-intro = Scaricare in un file JSON tutti i dati personali conservati dal portale, oppure eliminare l'account.
accounts-data-download = Scarica i miei dati (JSON)
accounts-delete-link = Elimina l'account
accounts-role = Ruolo: { $role }
accounts-memberships = Organizzazioni per cui si pubblica: { $names }
accounts-member-since = Data di iscrizione: { $date }

accounts-delete-title = Eliminazione dell'account
accounts-delete-intro = Questa operazione elimina definitivamente l'account: nome, indirizzo e-mail, password, preferenze, collegamenti alle organizzazioni, sessioni ed e-mail ancora in attesa di invio. I contenuti pubblicati dalle organizzazioni collegate restano online. L'operazione non può essere annullata.
accounts-delete-submit = Elimina definitivamente l'account
accounts-delete-cancel = Mantieni l'account

accounts-notice-signed-up = Benvenuti! Abbiamo inviato un link a { $email } per confermare l'indirizzo.
accounts-notice-signed-in = Accesso effettuato.
accounts-notice-signed-out = Sessione chiusa. A presto!
accounts-notice-profile-saved = Il profilo è stato salvato.
accounts-notice-password-changed = La password è stata cambiata. Le sessioni aperte sugli altri dispositivi sono state chiuse.
accounts-notice-email-changed = L'indirizzo e-mail è stato cambiato. Abbiamo inviato un link di conferma a { $email }.
accounts-notice-verification-sent = Abbiamo inviato un nuovo link di conferma a { $email }.
accounts-notice-email-verified = Grazie, l'indirizzo e-mail è confermato.
accounts-notice-reset-sent = Se esiste un account con l'indirizzo { $email }, abbiamo inviato a quell'indirizzo un link per scegliere una nuova password. Controllare la posta in arrivo (e la cartella spam).
accounts-notice-password-reset = La nuova password è stata salvata. Ora è possibile usarla per accedere.
accounts-notice-deleted = L'account e i dati personali sono stati eliminati. Grazie per aver imparato con noi.

role-learner = Studente
role-editor = Editor
role-moderator = Moderatore
role-admin = Amministratore

mail-greeting = Gentile { $name },
mail-signature = Il team di Social Tech Academy
mail-verify-subject = Conferma dell'indirizzo e-mail
mail-verify-body = Per confermare che questo è il proprio indirizzo e-mail, aprire il link seguente (funziona una sola volta, per un'ora):
mail-verify-ignore = Chi non ha creato un account su Social Tech Academy può ignorare questo messaggio.
mail-reset-subject = Reimpostazione della password
mail-reset-body = È stata richiesta la reimpostazione della password dell'account Social Tech Academy associato a questo indirizzo. Per scegliere una nuova password, aprire il link seguente (funziona una sola volta, per un'ora):
mail-reset-ignore = Se la richiesta non è stata fatta personalmente, ignorare questo messaggio: la password resta invariata.
mail-email-changed-subject = L'indirizzo e-mail è stato cambiato
mail-email-changed-body = L'indirizzo e-mail dell'account Social Tech Academy è stato cambiato in { $email }. Se la modifica non è stata fatta personalmente, reimpostare subito la password e scriverci.
accounts-time-zone-partner = { $city }, { $country } ({ $offset })
accounts-time-zone-group-partners = Paesi partner
accounts-time-zone-group-all = Tutti i fusi orari
accounts-profile-page-title = Profilo e accesso
accounts-part-learning-summary = { $started ->
    [0] Nessun percorso in corso
    [one] { $started } percorso in corso
   *[other] { $started } percorsi in corso
}, { $finished ->
    [0] nessuno ancora concluso.
    [one] { $finished } concluso.
   *[other] { $finished } conclusi.
}
accounts-part-saved-summary = { $offers ->
    [0] Nessuna offerta salvata
    [one] { $offers } offerta salvata
   *[other] { $offers } offerte salvate
}, { $searches ->
    [0] nessuna ricerca salvata
    [one] { $searches } ricerca salvata
   *[other] { $searches } ricerche salvate
} ({ $alerts ->
    [0] nessun avviso via e-mail
    [one] { $alerts } avviso via e-mail
   *[other] { $alerts } avvisi via e-mail
}).
accounts-part-webinars-summary = { $upcoming ->
    [0] Nessun webinar in arrivo
    [one] { $upcoming } webinar in arrivo
   *[other] { $upcoming } webinar in arrivo
}{ $waiting ->
    [0] .
   *[other] , in lista d'attesa per { $waiting }.
}
accounts-part-profile-summary = { $name } · { $language } · { $zone }. Anche la password e l'indirizzo e-mail.
accounts-part-learning = Il mio apprendimento
