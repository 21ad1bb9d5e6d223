//! From an uploaded file to the variants kept: the file's kind read from its bytes (PNG, JPEG,
//! WebP; never from its name), decoded within limits (a huge or broken image is refused, not
//! a crash), fitted into a transparent square and encoded at each size.

use super::{Format, SIZES};
use image::imageops::FilterType;
use image::{DynamicImage, ImageReader, Limits, RgbaImage};
use std::io::Cursor;

/// The largest file accepted: 5 MiB (a phone's photo).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The smallest side accepted, in pixels: smaller pictures would look blurred on a card.
pub const MIN_SIDE: u32 = 64;
/// The largest side decoded, in pixels.
const MAX_SIDE: u32 = 8000;

/// Why a picture is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    /// Not a PNG, JPEG or WebP image, whatever its name says.
    Format,
    /// A PNG, JPEG or WebP that cannot be read (broken, or too many pixels).
    Unreadable,
    TooSmall,
}

impl Refusal {
    /// Its message (a Fluent key).
    pub fn key(self) -> &'static str {
        match self {
            Refusal::Empty => "pictures-error-empty",
            Refusal::TooLarge => "pictures-error-too-large",
            Refusal::Format => "pictures-error-format",
            Refusal::Unreadable => "pictures-error-unreadable",
            Refusal::TooSmall => "pictures-error-too-small",
        }
    }
}

/// One variant: its size, format and bytes.
pub struct Variant {
    pub size: u32,
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// The variants of the picture in `bytes`.
pub fn variants(bytes: &[u8]) -> Result<Vec<Variant>, Refusal> {
    let image = decode(bytes)?;
    let mut out = Vec::new();
    for size in SIZES {
        let square = fit(&image, size);
        for format in Format::ALL {
            out.push(Variant {
                size,
                format,
                bytes: encode(&square, format).ok_or(Refusal::Unreadable)?,
            });
        }
    }
    Ok(out)
}

fn decode(bytes: &[u8]) -> Result<DynamicImage, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Refusal::TooLarge);
    }
    let kind = infer::get(bytes).map(|t| t.mime_type()).ok_or(Refusal::Format)?;
    let format = match kind {
        "image/png" => image::ImageFormat::Png,
        "image/jpeg" => image::ImageFormat::Jpeg,
        "image/webp" => image::ImageFormat::WebP,
        _ => return Err(Refusal::Format),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| Refusal::Unreadable)?;
    if image.width().min(image.height()) < MIN_SIDE {
        return Err(Refusal::TooSmall);
    }
    Ok(image)
}

/// The picture scaled to fit a `size` × `size` square, centred on a transparent background.
fn fit(image: &DynamicImage, size: u32) -> RgbaImage {
    let scaled = image.resize(size, size, FilterType::Lanczos3).to_rgba8();
    let mut square = RgbaImage::new(size, size);
    let x = i64::from((size - scaled.width()) / 2);
    let y = i64::from((size - scaled.height()) / 2);
    image::imageops::overlay(&mut square, &scaled, x, y);
    square
}

fn encode(image: &RgbaImage, format: Format) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let cursor = &mut Cursor::new(&mut bytes);
    let result = match format {
        Format::Png => image.write_to(cursor, image::ImageFormat::Png),
        Format::Webp => image.write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(cursor)),
    };
    result.ok().map(|_| bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real PNG of `width` × `height`, drawn as a badge picture is.
    pub fn png(width: u32, height: u32) -> Vec<u8> {
        let mut image = RgbaImage::new(width, height);
        for (x, _, pixel) in image.enumerate_pixels_mut() {
            *pixel = image::Rgba([(x % 255) as u8, 90, 70, 255]);
        }
        let mut bytes = Vec::new();
        let _ = image.write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png);
        bytes
    }

    #[test]
    fn a_picture_becomes_square_variants_in_two_formats() {
        let Ok(made) = variants(&png(300, 150)) else {
            panic!("refused");
        };
        assert_eq!(made.len(), SIZES.len() * 2);
        for variant in &made {
            let Ok(image) = image::load_from_memory(&variant.bytes) else {
                panic!("unreadable variant");
            };
            assert_eq!((image.width(), image.height()), (variant.size, variant.size));
            assert_eq!(
                infer::get(&variant.bytes).map(|t| t.mime_type()),
                Some(variant.format.media_type())
            );
        }
    }

    #[test]
    fn what_is_not_a_usable_picture_is_refused_with_a_reason() {
        assert_eq!(variants(b"").err(), Some(Refusal::Empty));
        assert_eq!(variants(b"%PDF-1.4 not a picture").err(), Some(Refusal::Format));
        let mut broken = png(100, 100);
        broken.truncate(60);
        assert_eq!(variants(&broken).err(), Some(Refusal::Unreadable));
        assert_eq!(variants(&png(40, 200)).err(), Some(Refusal::TooSmall));
        assert_eq!(variants(&vec![0; MAX_BYTES + 1]).err(), Some(Refusal::TooLarge));
    }
}
