//! Polite requests: every attempt, retries included, waits its host's turn
//! ([`super::politeness`]); a retry waits its backoff outside the host's
//! slot, and a `Retry-After` holds the whole host. Redirects are followed
//! here, hop by hop, not inside reqwest, so every hop obeys the rules of
//! the first URL:
//!
//! - it stays on the origins of the source the request is for
//!   ([`Source::owns`]: scheme, host and port as configured, `www.` and the
//!   bare host as one, plus the source's `hosts`); a redirect anywhere else
//!   (another host, another port, `localhost`) is refused, not requested,
//!   and the reason recorded;
//! - its host's robots.txt allows it (fetched first when the host is new);
//! - it is requested in its host's turn.
//!
//! robots.txt's own redirects stay on the robots.txt's origin or a
//! configured source's; elsewhere the file counts as unreachable.

use std::sync::Arc;

use url::Url;

use super::discover::HostRules;
use super::politeness::host_key;
use super::{Crawler, error_line};
use crate::config::Source;
use crate::fetch::{FetchError, Fetched, Hop, Validators, Want};
use crate::model::Origin;

/// Why a polite request was not answered.
#[derive(Debug)]
pub(super) enum GetError {
    /// The host was given up earlier in the run.
    HostGivenUp(String),
    /// A redirect led to a URL robots.txt disallows; the line says which.
    Disallowed(String),
    /// A redirect led off the source's origins; the line says where.
    OffSource(String),
    /// A redirect led to a host whose robots.txt could not be read; the line says which.
    RobotsUnreachable(String),
    /// The fetch failed after its retries.
    Fetch(FetchError),
}

impl GetError {
    /// What went wrong, on one line.
    pub(super) fn line(&self) -> String {
        match self {
            GetError::HostGivenUp(host) => format!("host {host} given up for this run"),
            GetError::Disallowed(line) | GetError::OffSource(line) | GetError::RobotsUnreachable(line) => line.clone(),
            GetError::Fetch(err) => error_line(err),
        }
    }
}

impl Crawler {
    /// The robots.txt rules of a URL's host, fetched politely on first use;
    /// its redirects stay on its own origin or a configured source's.
    pub(super) async fn robots_for(&self, url: &Url) -> Arc<HostRules> {
        self.robots
            .rules(url, &self.politeness, |robots_url| async move {
                let gate = |to: Url| {
                    let on_site = Origin::of(&robots_url).is_some_and(|origin| origin.contains(&to))
                        || self.settings.sources.iter().any(|source| source.owns(&to));
                    std::future::ready(if on_site {
                        Ok(())
                    } else {
                        Err(GetError::OffSource(format!(
                            "{robots_url}: redirect to {to} refused: not a configured site"
                        )))
                    })
                };
                self.follow(&robots_url, Want::Any, &Validators::default(), gate).await
            })
            .await
    }

    /// A polite request for `source` that follows redirects while they stay
    /// on the source and robots.txt allows them. (The caller checks the
    /// first URL: what a refusal there means is its own business.)
    pub(super) async fn get(
        &self,
        url: &Url,
        want: Want,
        validators: &Validators,
        source: &Source,
    ) -> Result<Fetched, GetError> {
        self.follow(url, want, validators, |to| self.allows_redirect(url, to, source)).await
    }

    /// Whether a redirect from `from` may go on to `to`: on the source, and allowed by robots.txt.
    async fn allows_redirect(&self, from: &Url, to: Url, source: &Source) -> Result<(), GetError> {
        if !source.owns(&to) {
            let sites: Vec<String> = source.origins.iter().map(Origin::to_string).collect();
            return Err(GetError::OffSource(format!(
                "{from}: redirect to {to} refused: not on source {}'s sites ({})",
                source.name,
                sites.join(", ")
            )));
        }
        let rules = self.robots_for(&to).await;
        match (rules.check(&to), &rules.unreachable) {
            (Ok(()), _) => Ok(()),
            (Err(why), None) => Err(GetError::Disallowed(format!("{why} (redirected from {from})"))),
            (Err(why), Some(_)) => Err(GetError::RobotsUnreachable(format!("{why} (redirected from {from})"))),
        }
    }

    /// Requests `url` and then each redirect target that `gate` lets through,
    /// every hop in its own host's turn, until an answer that is not a redirect.
    async fn follow<Gate>(
        &self,
        url: &Url,
        want: Want,
        validators: &Validators,
        gate: impl Fn(Url) -> Gate,
    ) -> Result<Fetched, GetError>
    where
        Gate: Future<Output = Result<(), GetError>>,
    {
        let mut chain = self.fetcher.redirect_chain(url);
        let mut hop = url.clone();
        loop {
            match self.request(&hop, want, validators).await? {
                Hop::Answer(answer) => return Ok(answer),
                Hop::Redirect(to) => {
                    chain.follow(&to).map_err(GetError::Fetch)?;
                    gate(to.clone()).await?;
                    tracing::debug!(from = %hop, %to, "redirect");
                    hop = to;
                }
            }
        }
    }

    /// One URL's attempts: each waits the host's turn; between them the
    /// backoff is waited outside the host's slot, and a `Retry-After` holds
    /// every request to the host. A URL that fails for good counts once
    /// towards giving its host up.
    async fn request(&self, url: &Url, want: Want, validators: &Validators) -> Result<Hop, GetError> {
        let host = host_key(url);
        let mut attempt = 0;
        loop {
            if self.politeness.is_given_up(&host) {
                return Err(GetError::HostGivenUp(host));
            }
            let permit = self.politeness.acquire(&host).await;
            // Checked again: the host may have been given up while this request waited its turn.
            if self.politeness.is_given_up(&host) {
                return Err(GetError::HostGivenUp(host));
            }
            let result = self.fetcher.fetch(url, want, validators).await;
            drop(permit);
            let err = match result {
                Ok(hop) => {
                    self.politeness.record_success(&host);
                    return Ok(hop);
                }
                Err(err) => err,
            };
            let retry_after = err.retry_after();
            let Some(wait) = err.is_retryable().then(|| self.retry.wait(attempt, retry_after)).flatten() else {
                if err.is_transient() && self.politeness.record_failure(&host) {
                    tracing::warn!(%host, "host keeps failing: given up for this run");
                }
                return Err(GetError::Fetch(err));
            };
            tracing::info!(%url, attempt, ?wait, error = %err, "retrying");
            if retry_after.is_some() {
                // The server asked for a pause: every request to it waits, not only this one.
                self.politeness.hold(&host, wait);
            } else {
                tokio::time::sleep(wait).await;
            }
            attempt += 1;
        }
    }
}
