//! `/{lang}/moderation`.

use super::api::organisations_to_check;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormErrors, FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn ModerationPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::Moderation.at(lang);
    view! {
        <PageTitle title=t("moderation-title")/>
        <h1>{t("moderation-title")}</h1>
        <p>{t("moderation-intro")}</p>
        <FormErrors form=form.clone() fields=&["organisation_id"] form_errors=true/>
        {load_page(organisations_to_check, move |orgs| {
            let form = form.clone();
            let action = action.clone();
            view! {
                <ul class="check-list">
                    {orgs
                        .into_iter()
                        .map(|o| {
                            let (verb, label) = if o.verified {
                                ("unverify", t_args("moderation-unverify", &[("name", o.name.clone().into())]))
                            } else {
                                ("verify", t_args("moderation-verify", &[("name", o.name.clone().into())]))
                            };
                            view! {
                                <li>
                                    <a href=Route::Organisation(&o.slug).at(lang)>{o.name.clone()}</a>
                                    " (" {o.country} ") · "
                                    {t(if o.verified { "moderation-verified" } else { "moderation-unverified" })}
                                    <PostForm form=form.clone() action=action.clone() fields=&[] class="inline-form">
                                        <input type="hidden" name="action" value=verb/>
                                        <input type="hidden" name="organisation_id" value=o.id.to_string()/>
                                        <button type="submit" class="button button-secondary">{label}</button>
                                    </PostForm>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}
