//! A QR code of the share link, drawn as a small standalone SVG.
use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write as _;

/// Light modules around the code, as the QR specification asks.
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: the side in modules (quiet zone included) and the dark modules as
/// one SVG path, one unit per module.
#[derive(Clone, Debug, PartialEq)]
pub struct QrPath {
    pub size: usize,
    pub d: String,
}

/// The QR code (error correction level M) of `text` as an SVG document: a white square with
/// a 4-module quiet zone and the dark modules as one black path, one unit per module.
/// `None` if `text` is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let QrPath { size, d: path } = qr_path(text)?;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" \
         aria-label=\"QR code of the share link\" shape-rendering=\"crispEdges\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// The QR code of `text` as a path to draw; `None` if `text` is too long for a QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::with_capacity(colors.len() * 4);
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] == Color::Dark {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    Some(QrPath { size, d: path })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (x, y, run length) of every `M x y h n v1 h-n z` piece of the path.
    fn runs(svg: &str) -> Vec<(usize, usize, usize)> {
        let d = svg.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        d.split('z')
            .filter(|s| !s.is_empty())
            .map(|piece| {
                let rest = piece.strip_prefix('M').unwrap();
                let (x, rest) = rest.split_once(' ').unwrap();
                let (y, rest) = rest.split_once('h').unwrap();
                let (n, rest) = rest.split_once("v1h-").unwrap();
                assert_eq!(n, rest);
                (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap())
            })
            .collect()
    }

    const LINK: &str = "https://example.org/pillars/#/r/AQMDUgEjBAgqUVJMZlNMZlNMZlAbAA0N2Dew";

    #[test]
    fn short_link_gives_svg() {
        let svg = qr_svg(LINK).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("viewBox=\"0 0 "));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-label=\"QR code of the share link\""));
        assert!(svg.contains("shape-rendering=\"crispEdges\""));
        assert!(svg.contains("<rect width="));
        assert_eq!(svg.matches("<path ").count(), 1);
        assert!(svg.contains("<path d=\"M"));
        // Small enough to inline: runs are merged.
        assert!(svg.len() < 12_000, "{}", svg.len());
    }

    #[test]
    fn too_long_gives_none() {
        assert!(qr_svg(&"x".repeat(3000)).is_none());
        assert!(qr_svg(&"x".repeat(100)).is_some());
    }

    #[test]
    fn modules_match_the_code() {
        let code = QrCode::with_error_correction_level(LINK.as_bytes(), EcLevel::M).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        assert_eq!(colors.len(), width * width);
        let svg = qr_svg(LINK).unwrap();
        let size = width + 2 * QUIET_ZONE;
        assert!(svg.contains(&format!("viewBox=\"0 0 {size} {size}\"")));
        assert!(svg.contains(&format!("<rect width=\"{size}\" height=\"{size}\"")));

        let runs = runs(&svg);
        let dark = colors.iter().filter(|&&c| c == Color::Dark).count();
        assert_eq!(runs.iter().map(|r| r.2).sum::<usize>(), dark);

        // Redraw the grid from the path: it is the code, inside the quiet zone.
        let mut grid = vec![Color::Light; width * width];
        for (x, y, n) in runs {
            assert!(x >= QUIET_ZONE && y >= QUIET_ZONE && n >= 1);
            assert!(x + n <= QUIET_ZONE + width && y < QUIET_ZONE + width);
            for cell in &mut grid[(y - QUIET_ZONE) * width + x - QUIET_ZONE..][..n] {
                assert_eq!(*cell, Color::Light, "overlapping runs");
                *cell = Color::Dark;
            }
        }
        assert_eq!(grid, colors);
    }

    #[test]
    fn runs_are_maximal() {
        let svg = qr_svg(LINK).unwrap();
        let runs = runs(&svg);
        for w in runs.windows(2) {
            let ((x1, y1, n1), (x2, y2, _)) = (w[0], w[1]);
            assert!(
                y2 > y1 || (y2 == y1 && x2 > x1 + n1),
                "adjacent runs not merged"
            );
        }
    }

    #[test]
    fn empty_and_unicode_text() {
        assert!(qr_svg("").is_some());
        assert!(qr_svg("Zoë 李小龍 🙂").is_some());
    }
}
