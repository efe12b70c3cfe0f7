#pragma once

#include "analysis/AgreementReport.h"

namespace counterpoint::testing {

// The report's figures computed from their definitions, one character at a time, sharing no code
// with the core's sweep: each coder's codes of each character as a bit mask, coincidence and
// contingency tables filled character by character, and the unitizing sections cut from the
// characters and compared pair by pair. Slow on purpose; the tests and the benchmark hold the
// core to it. At most 64 codes. Disagreements are not computed.
analysis::AgreementReport bruteForceAgreement(const analysis::AgreementInput &input);

// The largest difference between two reports' figures; +inf where one is defined and the other
// is not (NaN), or where their shapes differ.
double largestDifference(const analysis::AgreementReport &a, const analysis::AgreementReport &b);

} // namespace counterpoint::testing
