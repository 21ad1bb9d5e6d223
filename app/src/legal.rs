//! The pages the law asks for — the privacy notice, the accessibility statement and the legal
//! notice — and `security.txt`, from the operator's settings and from what the code declares
//! (every feature's personal data, the retention periods the housekeeping job applies).

pub mod model;
