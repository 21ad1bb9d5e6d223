//! `/{lang}/admin/outbox`: the e-mail the portal wrote, sent or waiting.

use crate::admin::api::list_outbox;
use crate::i18n::{t, t_args};
use crate::ui::admin_nav::AdminNav;
use crate::ui::dates::long_date;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn OutboxPage() -> impl IntoView {
    view! {
        <PageTitle title=t("admin-outbox-title")/>
        <h1>{t("admin-outbox-title")}</h1>
        <AdminNav/>
        <p>{t("admin-outbox-intro")}</p>
        {load_page(list_outbox, |mails| {
            if mails.is_empty() {
                return view! { <p>{t("admin-outbox-empty")}</p> }.into_any();
            }
            view! {
                <ol class="outbox">
                    {mails
                        .into_iter()
                        .map(|m| {
                            let status = match (&m.sent, &m.last_error) {
                                (Some(sent), _) => t_args("admin-outbox-sent", &[("date", long_date(sent).into())]),
                                (None, Some(error)) => t_args(
                                    "admin-outbox-failed",
                                    &[("attempts", i64::from(m.attempts).into()), ("error", error.clone().into())],
                                ),
                                (None, None) => t("admin-outbox-pending"),
                            };
                            view! {
                                <li class="mail">
                                    <h2>{m.subject}</h2>
                                    <dl>
                                        <dt>{t("admin-outbox-to")}</dt>
                                        <dd>{m.to}</dd>
                                        <dt>{t("admin-outbox-created")}</dt>
                                        <dd>{m.created}</dd>
                                        <dt>{t("admin-outbox-status")}</dt>
                                        <dd>{status}</dd>
                                        {m.attachment.map(|name| view! { <dt>{t("admin-outbox-attachment")}</dt> <dd>{name}</dd> })}
                                    </dl>
                                    <pre class="mail-body">{m.body}</pre>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
                .into_any()
        })}
    }
}
