moderation-queue = In attesa di revisione
moderation-organisations = Organizzazioni
moderation-filter-organisation = Organizzazione
moderation-filter-lang = Lingua originale
moderation-filter-any = Tutte
moderation-waiting = { $count ->
    [0] Niente è in attesa di revisione.
    [one] { $count } contenuto attende la revisione, il più vecchio per primo.
   *[other] { $count } contenuti attendono la revisione, i più vecchi per primi.
}
moderation-submitted = Inviato il
moderation-back = Torna alla coda di moderazione
moderation-decision = La tua decisione
moderation-comment = Commento per la redazione
moderation-comment-hint = Obbligatorio per respingere: spiega cosa cambiare. La redazione lo legge sul contenuto e lo riceve per e-mail.
moderation-approve = Approva e pubblica
moderation-reject = Respingi con questo commento
moderation-history = Cronologia
moderation-comment-required = Spiega cosa deve cambiare la redazione: leggerà questo commento.
moderation-already-decided = Questo contenuto non è più in attesa di revisione: qualcuno ha già deciso, oppure è stato modificato.
moderation-notice-approved = Pubblicato. Compare da subito nella ricerca, nel feed e nella mappa del sito.
moderation-notice-rejected = Respinto. La redazione è stata avvisata, con il tuo commento.
history-create = creato
history-edit = modificato
history-submit = inviato in revisione
history-approve = approvato e pubblicato
history-reject = respinto
history-publish = pubblicato direttamente da un amministratore
history-translate = traduzione proposta
history-archive = archiviato
history-delete = eliminato
history-read-draft = consultato
partner-rejected-comment = Una persona della moderazione non ha pubblicato questa offerta e ha scritto:
mail-rejected-subject = Non ancora pubblicata: { $title }
mail-rejected-body = La moderazione della Social Tech Academy ha esaminato la tua offerta «{ $title }» e non l’ha ancora pubblicata. Il suo commento:
mail-rejected-next = Modifica l’offerta e inviala di nuovo dalla tua area partner:
moderation-change-tag = modifica
moderation-changes-revision = Cosa è cambiato rispetto alla versione pubblicata
moderation-changes-new = Il contenuto intero (mai pubblicato)
moderation-as-readers-see = Come lo vedono oggi i lettori
moderation-as-readers-will-see = Come lo vedranno i lettori
moderation-filter-age = In attesa da
moderation-age-days = { $count ->
    [one] almeno un giorno
   *[other] almeno { $count } giorni
}
