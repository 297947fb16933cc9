import Catalogue
import DossierModel
import Testing

/// The small values of the catalogue model: codes, comparators and units.
@Suite struct CatalogueValueTests {
    @Test(arguments: [("086501X", CataloguePart.restricted), ("085001j", .prohibited)])
    func validCodes(text: String, part: CataloguePart) throws {
        let code = try #require(CatalogueCode(text))
        #expect(code.part == part)
        #expect(code.rawValue == text.uppercased())
    }

    @Test(arguments: ["08650X", "0865011X", "086501Y", "O86501X", "", "086501"])
    func invalidCodes(text: String) {
        #expect(CatalogueCode(text) == nil)
    }

    @Test func comparatorsAtTheLimit() {
        #expect(ThresholdComparator(symbol: "≥") == .atLeast)
        #expect(ThresholdComparator(symbol: ">=")!.admits(2.58, limit: 2.58))
        #expect(!ThresholdComparator(symbol: ">")!.admits(2.58, limit: 2.58))
        #expect(ThresholdComparator(symbol: "<=")!.admits(2.58, limit: 2.58))
        #expect(!ThresholdComparator(symbol: "<")!.admits(2.59, limit: 2.58))
        #expect(ThresholdComparator(symbol: "=>") == nil)
    }

    @Test func unitSpellingsAndConversion() throws {
        let gcm3 = try #require(ThresholdUnit(parsing: "g/cm3"))
        #expect(ThresholdUnit(parsing: "g/cc") == gcm3)
        #expect(ThresholdUnit(parsing: " g/cm³ ") == gcm3)
        #expect(ThresholdUnit(parsing: "MAH/G")?.symbol == "mAh/g")
        #expect(ThresholdUnit(parsing: "kg/m3")!.convert(2580, to: gcm3) == 2.58)
        #expect(ThresholdUnit(parsing: "mW")!.convert(1, to: gcm3) == nil)
        #expect(ThresholdUnit(parsing: "furlongs") == nil)
    }
}
