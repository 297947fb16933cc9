import Testing

@testable import Catalogue

/// The RFC 4180 reader: quotes, doubled quotes, line breaks inside quotes, OFAC quirks.
struct PartyListCSVTests {
    @Test func quotedFieldsDoubledQuotesAndLineBreaks() throws {
        let text = "a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n\n"
        let records = try PartyListCSV.parse(text)
        #expect(records.map(\.fields) == [["a", "b, c", "say \"hi\""], ["1", "two\nlines", "3"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func emptyFieldsAndTrailingSubByte() throws {
        let records = try PartyListCSV.parse("1,,\"\"\n\u{1A}")
        #expect(records.map(\.fields) == [["1", "", ""]])
    }

    @Test func ofacNullMarker() {
        #expect(PartyListCSV.value("-0- ") == nil)
        #expect(PartyListCSV.value(" x ") == "x")
        #expect(PartyListCSV.value("") == nil)
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: PartyListCSV.UnterminatedQuote.self) { try PartyListCSV.parse("a,\"b\nc") }
    }
}
