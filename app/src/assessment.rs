//! Know where you stand (issue 16): the DigComp self-assessment, the person's competence
//! profile (self-assessed levels and the levels their badges attest), and the gaps each job
//! profile and offer leaves, with the pathways and webinars that close them.

#[cfg(feature = "ssr")]
pub mod answers;
#[cfg(feature = "ssr")]
pub mod matching;
