//! `Client`: a visitor without JavaScript — a session cookie kept between requests, forms sent
//! with the page's CSRF token, redirects followed like a browser.

use crate::support::{Page, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// A browser without JavaScript: keeps the session cookie between requests, sends forms.
pub struct Client<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
    /// The client's address (sent as `X-Forwarded-For`).
    pub ip: String,
}

impl TestApp {
    /// A new visitor with no cookie.
    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookie: None,
            ip: "192.0.2.1".into(),
        }
    }
}

/// The CSRF token of the first form of a page.
pub fn csrf_of(page: &Page) -> String {
    page.attrs("input[name=csrf_token]", "value")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no CSRF token in the page: {}", page.body))
}

impl Client<'_> {
    pub async fn send(&mut self, builder: axum::http::request::Builder, body: Body) -> Page {
        let mut builder = builder.header("x-forwarded-for", self.ip.clone());
        if let Some(cookie) = &self.cookie {
            builder = builder.header("cookie", format!("sta_session={cookie}"));
        }
        let page = self
            .app
            .send(builder.body(body).unwrap_or_else(|e| panic!("request: {e}")))
            .await;
        for set in page.headers.get_all("set-cookie") {
            let set = set.to_str().unwrap_or_default();
            if let Some(rest) = set.strip_prefix("sta_session=") {
                let value = rest.split(';').next().unwrap_or_default();
                let removed = value.is_empty() || set.contains("Max-Age=0");
                self.cookie = (!removed).then(|| value.to_string());
            }
        }
        page
    }

    pub async fn get(&mut self, uri: &str) -> Page {
        self.send(Request::get(uri), Body::empty()).await
    }

    /// POSTs `fields` and the file `(name, bytes)` as `multipart/form-data` to `action`.
    pub async fn post_multipart(
        &mut self,
        action: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> Page {
        let boundary = "sta-test-boundary";
        let mut body = Vec::new();
        for (field, value) in fields {
            body.extend(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"
                )
                .bytes(),
            );
        }
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                file.0
            )
            .bytes(),
        );
        body.extend_from_slice(file.1);
        body.extend(format!("\r\n--{boundary}--\r\n").bytes());
        let builder = Request::post(action)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("content-length", body.len());
        self.send(builder, Body::from(body)).await
    }

    /// POSTs `fields` as a form, exactly as given (no token added).
    pub async fn post(&mut self, uri: &str, fields: &[(&str, &str)]) -> Page {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send(
            Request::post(uri).header("content-type", "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }

    /// Opens `page_uri`, then sends its form to `action` with the page's CSRF token.
    pub async fn submit(&mut self, page_uri: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.get(page_uri).await;
        assert_eq!(page.status, StatusCode::OK, "[{}] GET {page_uri}", self.app.name);
        let token = csrf_of(&page);
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }

    /// GET `uri`, asserting a 200.
    pub async fn ok_page(&mut self, uri: &str) -> Page {
        let page = self.get(uri).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "[{}] GET {uri}: {}",
            self.app.name,
            page.body
        );
        page
    }

    /// Follows the `Location` of a redirect.
    pub async fn follow(&mut self, page: &Page) -> Page {
        assert!(
            page.status.is_redirection(),
            "[{}] expected a redirect, got {}: {}",
            self.app.name,
            page.status,
            page.body
        );
        // Like a browser: the fragment stays in the browser.
        let location = location(page);
        let location = location.split('#').next().unwrap_or_default().to_string();
        self.get(&location).await
    }

    /// Signs in through the form; asserts it worked.
    pub async fn sign_in(&mut self, email: &str, password: &str) {
        let done = self
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "[{}] sign in {email}",
            self.app.name
        );
        assert!(
            !location(&done).contains("sign-in"),
            "[{}] sign in {email} failed",
            self.app.name
        );
    }
}

/// The `Location` header of a response.
pub fn location(page: &Page) -> String {
    page.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}
