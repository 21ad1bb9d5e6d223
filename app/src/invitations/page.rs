//! `/{lang}/invitations/{token}`: an invitation to edit for an organisation — accepted with one
//! button by the invited address once signed in; otherwise links to sign up or sign in with
//! that address, which come back here.

use super::api::{invitation_view, InvitationInfo, InvitationState};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::ui::form_page::FormPage;
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let path = Route::Invitation(&token).at(lang);
    load_page(
        move || invitation_view(lang, token.clone()),
        move |view| view! { <Invitation view path=path.clone()/> },
    )
}

#[component]
fn Invitation(view: InvitationInfo, path: String) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let body = match view.state {
        InvitationState::Invalid => view! { <p>{t("accounts-token-invalid")}</p> }.into_any(),
        InvitationState::Expired => view! { <p>{t("invitation-expired")}</p> }.into_any(),
        InvitationState::Used => view! { <p>{t("invitation-used")}</p> }.into_any(),
        InvitationState::Open => {
            let intro = t_args(
                "invitation-intro",
                &[
                    ("organisation", view.organisation.clone().into()),
                    ("email", view.email.clone().into()),
                ],
            );
            let action = match &view.signed_in_as {
                Some(email) if email.eq_ignore_ascii_case(&view.email) => view! {
                    <PostForm form=form.clone() action=path.clone() fields=&[] form_errors=true>
                        <button type="submit" class="button">{t("invitation-accept")}</button>
                    </PostForm>
                }
                .into_any(),
                Some(email) => view! {
                    <p class="notice notice-warning" role="note">
                        {t_args("invitation-other-address", &[("email", email.clone().into()), ("invited", view.email.clone().into())])}
                    </p>
                    <PostForm form=form.clone() action=Route::SignOut.at(lang) fields=&[]>
                        <button type="submit" class="button button-secondary">{t("nav-sign-out")}</button>
                    </PostForm>
                }
                .into_any(),
                None => view! {
                    <p>{t("invitation-sign-in-first")}</p>
                    <p class="actions">
                        <a class="button" href=Route::SignUp.with_next(lang, Some(&path))>{t("nav-sign-up")}</a>
                        <a class="button button-secondary" href=Route::SignIn.with_next(lang, Some(&path))>{t("nav-sign-in")}</a>
                    </p>
                }
                .into_any(),
            };
            view! {
                <p class="lead">{intro}</p>
                {action}
            }
            .into_any()
        }
    };
    view! {
        <FormPage title=t("invitation-title")>
            {body}
        </FormPage>
    }
}
