//! `/{lang}/admin/users?q=…`: every user, searchable.

use crate::admin::api::list_users;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::admin_nav::AdminNav;
use crate::ui::dates::long_date;
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn UsersPage() -> impl IntoView {
    let lang = use_lang();
    let (_, query) = request_path_and_query();
    let q: String = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.chars().take(200).collect())
        .unwrap_or_default();
    let search = q.clone();
    view! {
        <PageTitle title=t("admin-users-title")/>
        <h1>{t("admin-users-title")}</h1>
        <AdminNav/>
        <p>{t("admin-users-intro")}</p>
        <form method="get" action=Route::AdminUsers.at(lang) class="search-form" role="search">
            <label for="admin-q">{t("admin-users-search")}</label>
            <input type="search" id="admin-q" name="q" value=q.clone()/>
            <button type="submit" class="button">{t("admin-users-search-submit")}</button>
        </form>
        {load_page(
            move || list_users(search),
            move |users| {
                let count = t_args("admin-users-count", &[("count", (users.len() as i64).into())]);
                view! {
                    <p role="status">{count}</p>
                    <div class="table-scroll">
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{t("admin-col-name")}</th>
                                    <th scope="col">{t("admin-col-email")}</th>
                                    <th scope="col">{t("admin-col-role")}</th>
                                    <th scope="col">{t("admin-col-organisations")}</th>
                                    <th scope="col">{t("admin-col-verified")}</th>
                                    <th scope="col">{t("admin-col-created")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {users
                                    .into_iter()
                                    .map(|u| {
                                        view! {
                                            <tr>
                                                <td>
                                                    <a href=Route::AdminUser(u.id).at(lang)>{u.display_name}</a>
                                                </td>
                                                <td>{u.email}</td>
                                                <td>{t(&u.role_key)}</td>
                                                <td>{u.organisations.join(", ")}</td>
                                                <td>{t(if u.verified { "admin-yes" } else { "admin-no" })}</td>
                                                <td>{long_date(&u.created)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            },
        )}
    }
}
