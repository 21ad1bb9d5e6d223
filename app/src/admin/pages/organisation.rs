//! `/{lang}/admin/organisations/{id}`: one organisation — its verified mark, archiving or
//! publishing it again, its editors, and inviting an editor by e-mail.

use crate::admin::api::{get_organisation, OrganisationAdmin};
use crate::catalogue::codes::country_key;
use crate::content::ContentStatus;
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::admin_nav::AdminNav;
use crate::ui::dates::long_date;
use crate::ui::form::{FormErrors, FormState, PostForm, SelectField, TextField};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::status_tag::StatusTag;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OrganisationAdminPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let id = id.parse::<i32>().unwrap_or(-1);
    load_page(
        move || get_organisation(id),
        |detail| view! { <OrganisationAdminView detail/> },
    )
}

/// A one-button form posting `action` to the organisation's page.
fn button(form: &FormState, to: &str, action: &'static str, label: String, secondary: bool) -> impl IntoView {
    view! {
        <PostForm form=form.clone() action=to.to_string() fields=&[] class="inline-form">
            <input type="hidden" name="action" value=action/>
            <button type="submit" class=if secondary { "button button-secondary" } else { "button" }>{label}</button>
        </PostForm>
    }
}

#[component]
fn OrganisationAdminView(detail: OrganisationAdmin) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let org = detail.row.clone();
    let to = Route::AdminOrganisation(org.id).at(lang);
    let title = org.name.clone();
    let verify = if org.verified {
        button(&form, &to, "unverify", t("admin-organisations-unverify"), true).into_any()
    } else {
        button(&form, &to, "verify", t("admin-organisations-verify"), false).into_any()
    };
    let publication = match org.status {
        ContentStatus::Published => {
            button(&form, &to, "archive", t("admin-organisations-archive"), true).into_any()
        }
        _ => button(&form, &to, "publish", t("admin-organisations-publish"), false).into_any(),
    };
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let editors = if detail.editors.is_empty() {
        view! { <p>{t("admin-organisations-no-editors")}</p> }.into_any()
    } else {
        view! {
            <ul class="memberships">
                {detail
                    .editors
                    .clone()
                    .into_iter()
                    .map(|(id, name, email)| {
                        view! {
                            <li>
                                {name.clone()} " (" {email} ") "
                                <PostForm form=form.clone() action=to.clone() fields=&[] class="inline-form">
                                    <input type="hidden" name="action" value="remove-editor"/>
                                    <input type="hidden" name="user_id" value=id.to_string()/>
                                    <button type="submit" class="button button-secondary">
                                        {t_args("admin-membership-remove", &[("name", name.clone().into())])}
                                    </button>
                                </PostForm>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let invitations = (!detail.invitations.is_empty()).then(|| {
        view! {
            <h3>{t("admin-organisations-invitations")}</h3>
            <ul>
                {detail
                    .invitations
                    .clone()
                    .into_iter()
                    .map(|(email, on, accepted)| {
                        let state = t(if accepted { "admin-invitation-accepted" } else { "admin-invitation-waiting" });
                        view! { <li>{email} " — " {long_date(&on)} " — " {state}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <AdminNav/>
        <p><a href=Route::AdminOrganisations.at(lang)>{t("admin-organisations-back")}</a></p>
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
        <p>
            {t(&country_key(&org.country))} " · " <StatusTag status=org.status/> " · "
            {t(if org.verified { "admin-organisations-verified" } else { "admin-organisations-unverified" })} " · "
            <a href=Route::Organisation(&org.slug).at(lang)>{t("partner-public")}</a> " · "
            <a href=Route::PartnerQuery(&format!("org={}", org.slug)).at(lang)>{t("nav-publish")}</a>
        </p>
        <div class="actions">{verify}{publication}</div>
        <section aria-labelledby="editors-title" class="account-section">
            <h2 id="editors-title">{t("admin-organisations-editors")}</h2>
            {editors}
            {invitations}
            <h3 id="invite-title">{t("admin-organisations-invite")}</h3>
            <PostForm form=form.clone() action=to.clone() fields=&["email", "lang"] class="stack-form">
                <input type="hidden" name="action" value="invite"/>
                <TextField form=form.clone() name="email" kind="email" label=t("admin-organisations-invite-email") hint=t("admin-organisations-invite-hint") required=true/>
                <SelectField form=form.clone() name="lang" label=t("admin-organisations-invite-lang") options=langs default=lang.code().to_string()/>
                <button type="submit" class="button">{t("admin-organisations-invite-send")}</button>
            </PostForm>
        </section>
    }
}
