#ifndef OUTBOUND_CLIBXML2_SHIM_H
#define OUTBOUND_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU. Exposing ICU's types next to Foundation fails with
   "'UErrorCode' has different definitions", so the version header comes first and the
   ICU switch is turned off before any other libxml2 header is read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

/* xmlGenericErrorFunc is variadic, which Swift cannot write: the silent handler is here.
   Errors reach the per-context structured handlers instead; libxml2 prints nothing. */
static void outbound_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void outbound_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, outbound_silent_generic_error);
    xmlThrDefSetGenericErrorFunc(NULL, outbound_silent_generic_error);
}
#endif
