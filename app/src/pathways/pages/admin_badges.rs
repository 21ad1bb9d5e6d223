//! `/{lang}/admin/badges`: every badge issued, with a form to revoke one (with a reason).

use crate::i18n::{t, use_lang};
use crate::pathways::api::all_badges;
use crate::pathways::model::AdminBadge;
use crate::ui::dates::long_date;
use crate::ui::form::{field_id, message_text, ErrorSummary, FormState};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::flash::CSRF_FIELD;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AdminBadgesPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("pathways-admin-title")/>
        <crate::ui::admin_nav::AdminNav/>
        <h1>{t("pathways-admin-title")}</h1>
        {load_page(move || all_badges(lang), |badges| view! { <BadgeTable badges/> })}
    }
}

#[component]
fn BadgeTable(badges: Vec<AdminBadge>) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let fields: Vec<String> = badges.iter().map(|b| format!("reason-{}", b.id)).collect();
    let errors = form.errors_of(&fields, true);
    if badges.is_empty() {
        return view! { <p>{t("pathways-admin-none")}</p> }.into_any();
    }
    view! {
        <ErrorSummary errors/>
        <ul class="cards">
            {badges.into_iter().map(|b| {
                let state = match (&b.revoked_at, &b.revoked_reason) {
                    (Some(date), reason) => view! {
                        <p><strong>{t("pathways-admin-revoked")}</strong> " " {long_date(date)} " · " {reason.clone().unwrap_or_default()}</p>
                    }.into_any(),
                    (None, _) => view! { <RevokeForm form=form.clone() id=b.id.clone() from_badge=false/> }.into_any(),
                };
                view! {
                    <li class="card">
                        <h2><a href=Route::Badge(&b.id).at(lang)>{b.recipient.clone()} " · " {b.pathway.clone()}</a></h2>
                        <p class="small">{t("pathways-badge-issued")} " " {long_date(&b.issued_at)}</p>
                        {state}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The form that revokes badge `id` (on the list, and on the badge's page for administrators).
#[component]
pub fn RevokeForm(form: FormState, id: String, from_badge: bool) -> impl IntoView {
    let lang = use_lang();
    let name = format!("reason-{id}");
    let field = field_id(&name);
    let error = form.error(&name);
    let error_id = format!("{field}-error");
    view! {
        <form method="post" action=Route::AdminBadge(&id).at(lang) class="revoke-form" novalidate>
            <input type="hidden" name=CSRF_FIELD value=form.csrf()/>
            {from_badge.then(|| view! { <input type="hidden" name="from" value="badge"/> })}
            <div class="field" class:field-invalid=error.is_some()>
                <label for=field.clone()>{t("pathways-admin-reason")}</label>
                {error.as_ref().map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(e)}</p> })}
                <input type="text" id=field name=name.clone() value=form.value(&name, "")
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=error.is_some().then_some(error_id.clone())/>
            </div>
            <button type="submit" class="button-secondary">{t("pathways-admin-revoke")}</button>
        </form>
    }
}
