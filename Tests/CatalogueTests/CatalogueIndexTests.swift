import Catalogue
import DossierModel
import Testing

/// The compiled index of a catalogue: terms with their variants, word boundaries, IPC prefixes.
@Suite struct CatalogueIndexTests {
    static let sampleText = """
        本发明涉及一种无人机飞行控制系统及其路径规划方法，采用激光雷达（LiDAR）避障。The UAVs use \
        lidar-based obstacle avoidance and a flight controller; solidarity is not a sensor. \
        磷酸铁锂正极材料的压实密度为2.60 g/cm³。Text-to-speech and speech recognition for Mandarin.
        """

    static func catalogue(_ points: [ControlPoint], entryKeywords: CatalogueTerms = CatalogueTerms()) -> Catalogue {
        let entry = CatalogueEntry(
            identity: "test-entry", code: CatalogueCode("203912X"), part: .restricted,
            names: CatalogueText(zh: "测试", en: "Test"), source: "test", keywords: entryKeywords, controlPoints: points)
        return Catalogue(
            id: "test", title: CatalogueText(zh: "测试", en: "Test"),
            source: CatalogueSource(instrument: "test", announcement: "0"),
            effectiveFrom: CalendarDate(iso: "2020-01-01")!, transcription: "test", entries: [entry])
    }

    static func point(_ identity: String, zh: [String] = [], en: [String] = [], ipc: [String] = []) -> ControlPoint {
        ControlPoint(
            identity: identity, names: CatalogueText(zh: identity, en: identity),
            keywords: CatalogueTerms(zh: zh, en: en), ipcPrefixes: ipc)
    }

    /// The terms found in `text`, as the catalogue writes them.
    static func found(_ index: CatalogueIndex, _ text: String) -> [String] {
        index.matches(in: MatchText(text)).map { index.terms[$0.term].text }
    }

    @Test(arguments: [
        ("lidar", "LiDAR sensors", true),
        ("lidar", "solidarity among engineers", false),
        ("lidar", "the lidars", true),
        ("lidar", "LIDAR-based", true),
        ("battery", "lithium batteries", true),
        ("battery", "batteryless", false),
        ("system", "flight control systems", true),
        ("process", "two processes", true),
        ("batteries", "one battery", true),
        ("text-to-speech", "text to speech engine", true),
        ("text-to-speech", "TextToSpeech", true),
        ("text-to-speech", "context to speech", false),
        ("text to speech", "text-to-speech", true),
        ("stacker-reclaimer", "a stackerreclaimer", true),
        ("UAV", "UAVs and drones", true),
        ("UAV", "UAVX-1", false),
        ("flight control system", "Flight Control  System", true),
    ])
    func englishTerms(term: String, text: String, matches: Bool) {
        let index = CatalogueIndex(catalogue: Self.catalogue([Self.point("p", en: [term])]))
        #expect(Self.found(index, text) == (matches ? [term] : []), "\(term) in \(text)")
    }

    @Test func chineseTermsMatchAnywhere() {
        let index = CatalogueIndex(catalogue: Self.catalogue([Self.point("p", zh: ["激光雷达", "首次库仑效率"])]))
        #expect(Self.found(index, "采用车载激光雷达系统") == ["激光雷达"])
        #expect(Self.found(index, "LiDAR激光雷达2") == ["激光雷达"])
        // The common spelling 库伦 finds the standard term 库仑.
        #expect(Self.found(index, "首次库伦效率96.5%") == ["首次库仑效率"])
    }

    @Test func sharedTermsReachEveryTarget() {
        let index = CatalogueIndex(
            catalogue: Self.catalogue(
                [Self.point("a", zh: ["锂辉石"]), Self.point("b", zh: ["锂辉石"])], entryKeywords: CatalogueTerms(zh: ["锂辉石"])))
        let matches = index.matches(in: MatchText("锂辉石提锂"))
        #expect(Set(matches.map { index.terms[$0.term].target }) == [0, 1, 2])
        #expect(index.targets.map(\.controlPoint) == [nil, 0, 1])
    }

    @Test(arguments: [
        ("H01M 4/58", "H01M 4/58", true),
        ("H01M 4/58", "H01M 4/582", true),
        ("H01M 4/58", "H01M 4/5825", true),
        ("H01M 4/58", "H01M4/5825", true),  // made canonical first
        ("H01M 4/58", "H01M 4/50", false),
        ("H01M 4/58", "H01M 4/136", false),
        ("H01M 4/58", "H01M 45/58", false),
        ("G10L 15/", "G10L 15/00", true),
        ("G10L 15/", "G10L 15/22", true),
        ("G10L 15/", "G10L 150/00", false),
        ("G10L 15/", "G10L 13/00", false),
        ("B64U", "B64U 10/13", true),
        ("B64U", "B64U", true),
        ("B64U", "B64C 39/024", false),
        ("B64U", "not a code", false),
    ])
    func ipcPrefixes(prefix: String, code: String, matches: Bool) {
        let index = CatalogueIndex(catalogue: Self.catalogue([Self.point("p", zh: ["无人机"], ipc: [prefix])]))
        #expect(!index.ipcMatches(code: code).isEmpty == matches, "\(code) under \(prefix)")
    }

    @Test func realCatalogueGroupsAreStoredAsWholeGroups() throws {
        let index = CatalogueIndex(catalogue: try CatalogueFilesTests.load("2025"))
        let speech = index.ipcMatches(code: "G10L 15/22").map { index.controlPoint(of: $0.target)?.identity }
        #expect(speech == ["speech-recognition"])
        #expect(index.ipcMatches(code: "G10L 15/22").first?.prefix.level == .mainGroup)
        let cathode = Set(index.ipcMatches(code: "H01M 4/5825").compactMap { index.controlPoint(of: $0.target)?.identity })
        #expect(cathode == ["lithium-iron-phosphate", "lithium-manganese-iron-phosphate"])
        let uav = index.ipcMatches(code: "B64U 10/13").first
        #expect(uav?.prefix.level == .subclass)
    }

    @Test func realCatalogueFindsTheSampleTerms() throws {
        let index = CatalogueIndex(catalogue: try CatalogueFilesTests.load("2025"))
        let found = Set(Self.found(index, Self.sampleText))
        for term in [
            "无人机", "飞行控制系统", "路径规划", "激光雷达", "LiDAR", "UAV", "obstacle avoidance", "flight controller",
            "磷酸铁锂", "压实密度", "text-to-speech", "speech recognition",
        ] {
            #expect(found.contains(term), "\(term)")
        }
        #expect(!found.contains("避障规划"))
    }
}
