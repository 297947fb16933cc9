import Catalogue
import DossierModel
import Testing

/// The shipped routing tables: the default names every Track A reviewer and procedure, the
/// province tables inherit from it and override only what they name.
@Suite struct RoutingTableTests {
    static let set = Result { try RoutingTableSet.load(folder: ReferenceFiles.routing) }

    @Test func theDefaultIsComplete() throws {
        let base = try Self.set.get().base
        #expect(base.isDefault)
        for type in [AssetType.inventionPatent, .utilityModel, .designPatent, .patentApplication, .icLayoutDesign] {
            #expect(base.reviewer(for: type)?.id == "provincial-ip-office")
        }
        #expect(base.reviewer(for: .softwareCopyright)?.name.zh == "省级版权局")
        #expect(base.reviewer(for: .plantVariety)?.name.zh == "农业农村部 / 国家林业和草原局")
        #expect(base.reviewer(for: .plantVariety)?.note?.contains("species") == true)
        #expect(base.reviewer(for: .tradeSecret) == nil)
        #expect(base.assignments(.licenceProcedure).map(\.authority) == ["provincial-commerce", "provincial-science-technology"])
        #expect(base.assignments(.prohibited).map(\.authority) == ["provincial-commerce"])
        #expect(base.assignments(.registration).map(\.authority) == ["provincial-commerce"])
        #expect(base.assignments(.trackB).map(\.authority) == ["foreign-investment-security-review", "cnipa"])
        #expect(base.reference.kind == "routing-table" && base.reference.id == "default")
    }

    @Test(arguments: [
        ("CN-JS", "江苏省工业和信息化厅", "江苏省商务厅"), ("cn-sd", "山东省版权局", "山东省商务厅"),
        ("Cn-Zj", "浙江省科学技术厅", "浙江省商务厅"), ("CN-YN", "云南省版权局", "云南省商务厅"),
    ])
    func provinceTablesOverrideTheDefault(province: String, software: String, commerce: String) throws {
        let (table, usedDefault) = try Self.set.get().table(forProvince: province)
        #expect(!usedDefault)
        #expect(table.province == province.uppercased())
        #expect(table.reviewer(for: .softwareCopyright)?.name.zh == software)
        #expect(table.authority("provincial-commerce")?.name.zh == commerce)
        // Inherited from the default, untouched.
        #expect(table.reviewer(for: .plantVariety)?.id == "national-agriculture-or-forestry")
        #expect(table.assignments(.trackB).map(\.authority) == ["foreign-investment-security-review", "cnipa"])
        #expect(table.reference.id == province.lowercased())
    }

    @Test func aProvinceWithoutATableUsesTheDefault() throws {
        let set = try Self.set.get()
        #expect(set.table(forProvince: "CN-GD").usedDefault)
        #expect(set.table(forProvince: nil).table.id == "default")
        #expect(set.references.map(\.id) == ["default", "cn-js", "cn-sd", "cn-yn", "cn-zj"])
    }
}
