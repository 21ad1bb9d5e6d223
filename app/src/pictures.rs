//! Logos of organisations and portraits in interviews: uploaded in the partner space, checked
//! by their content, made on the server into small square variants (WebP and PNG at a few
//! sizes) kept in the database, and served under addresses that change with each new picture.

pub mod http;
pub mod make;
pub mod my_data;
pub mod store;

/// Whose picture it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// An organisation's logo.
    Organisation,
    /// The portrait of the person an interview is with.
    Interview,
}

impl Owner {
    pub fn code(self) -> &'static str {
        match self {
            Owner::Organisation => "organisation",
            Owner::Interview => "interview",
        }
    }

    /// The content item that has the picture.
    pub fn content_kind(self) -> crate::content::ContentKind {
        match self {
            Owner::Organisation => crate::content::ContentKind::Organisation,
            Owner::Interview => crate::content::ContentKind::Interview,
        }
    }

    pub fn parse(code: &str) -> Option<Owner> {
        [Owner::Organisation, Owner::Interview]
            .into_iter()
            .find(|o| o.code() == code)
    }
}

/// The formats each picture is kept in: WebP for browsers that take it, PNG for the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Webp,
    Png,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Webp, Format::Png];

    /// The file extension, also the stored code.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Png => "png",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Png => "image/png",
        }
    }

    pub fn parse(extension: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == extension)
    }
}

/// The sizes kept, in pixels (squares): 48 and 96 for cards at 1× and 2×, 192 for pages at 2×.
pub const SIZES: [u32; 3] = [48, 96, 192];
