//! The `warta` binary: parse flags, set up logging, run the command, map the
//! outcome to a documented exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = warta::cli::Args::parse();
    warta::cli::init_tracing(args.verbose, args.quiet);
    match warta::cli::run(args) {
        Ok(code) => code.into(),
        Err(err) => {
            if warta::output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            warta::output::print_error(&err);
            warta::cli::Exit::Error.into()
        }
    }
}
