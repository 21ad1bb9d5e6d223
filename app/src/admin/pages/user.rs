//! `/{lang}/admin/users/{id}`: a user's role and memberships.

use crate::admin::api::{get_user, UserDetail};
use crate::auth::model::Role;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::admin_nav::AdminNav;
use crate::ui::form::{FormErrors, FormState, PostForm, SelectField};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn UserPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let id = id.parse::<i32>().unwrap_or(-1);
    load_page(move || get_user(id), |detail| view! { <UserAdmin detail/> })
}

#[component]
fn UserAdmin(detail: UserDetail) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::AdminUser(detail.user.id).at(lang);
    let title = t_args(
        "admin-user-title",
        &[("name", detail.user.display_name.clone().into())],
    );
    let roles: Vec<(String, String)> = Role::STORED
        .into_iter()
        .map(|r| (r.code().to_string(), t(&r.label_key())))
        .collect();
    let member_ids: Vec<i32> = detail.memberships.iter().map(|(id, _)| *id).collect();
    let candidates: Vec<(String, String)> = detail
        .all_organisations
        .iter()
        .filter(|(id, _)| !member_ids.contains(id))
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let memberships = detail.memberships.clone();
    let (form_role, form_list, form_add) = (form.clone(), form.clone(), form.clone());
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <AdminNav/>
        <p><a href=Route::AdminUsers.at(lang)>{t("admin-user-back")}</a></p>
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
        <p>{detail.user.email.clone()} " · " {t(&detail.user.role_key)}</p>
        <section aria-labelledby="role-title" class="account-section">
            <h2 id="role-title">{t("admin-role-title")}</h2>
            <PostForm form=form_role.clone() action=action.clone() fields=&["role"]>
                <input type="hidden" name="action" value="role"/>
                <SelectField form=form_role.clone() name="role" label=t("admin-col-role") hint=t("admin-role-hint")
                    options=roles default=detail.stored_role.clone()/>
                <button type="submit" class="button">{t("admin-role-submit")}</button>
            </PostForm>
        </section>
        <section aria-labelledby="memberships-title" class="account-section">
            <h2 id="memberships-title">{t("admin-memberships-title")}</h2>
            {if memberships.is_empty() {
                view! { <p>{t("admin-memberships-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="memberships">
                        {memberships
                            .into_iter()
                            .map(|(id, name)| {
                                view! {
                                    <li>
                                        {name.clone()} " "
                                        <PostForm form=form_list.clone() action=action.clone() fields=&[] class="inline-form">
                                            <input type="hidden" name="action" value="remove-membership"/>
                                            <input type="hidden" name="organisation_id" value=id.to_string()/>
                                            <button type="submit" class="button button-secondary">
                                                {t_args("admin-membership-remove", &[("name", name.into())])}
                                            </button>
                                        </PostForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <PostForm form=form_add.clone() action=action.clone() fields=&["organisation_id"]>
                <input type="hidden" name="action" value="add-membership"/>
                <SelectField form=form_add.clone() name="organisation_id" label=t("admin-membership-organisation")
                    options=candidates/>
                <button type="submit" class="button">{t("admin-membership-add")}</button>
            </PostForm>
        </section>
    }
}
