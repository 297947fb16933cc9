// The states and territories of the United States with their USPS codes, for the USPTO
// assignment data, which gives US assignees a `state` and no `country-name`.

extension CountryNormaliser {
    /// The 50 states and the District of Columbia: USPS code and name.
    static let usStates: [(code: String, name: String)] = [
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
        ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
        ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
        ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"),
        ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"),
        ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
        ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"),
        ("NV", "Nevada"), ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"),
        ("NY", "New York"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"),
        ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"),
        ("SC", "South Carolina"), ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"),
        ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"),
        ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
    ]

    /// The inhabited territories, which USPS codes like states but ISO 3166-1 lists as
    /// countries of their own: USPS code, name, ISO alpha-2.
    static let usTerritories: [(code: String, name: String, iso: String)] = [
        ("AS", "American Samoa", "AS"), ("GU", "Guam", "GU"),
        ("MP", "Northern Mariana Islands", "MP"), ("PR", "Puerto Rico", "PR"),
        ("VI", "U.S. Virgin Islands", "VI"), ("UM", "U.S. Minor Outlying Islands", "UM"),
    ]

    /// Folded state and territory names and codes to the ISO alpha-2 code of the country
    /// they belong to (`US` for the states, the territory's own code otherwise).
    static let usStateIndex: [String: String] = {
        var index: [String: String] = [:]
        for state in usStates {
            index[TextFolding.compactKey(state.code)] = "US"
            index[TextFolding.compactKey(state.name)] = "US"
        }
        for territory in usTerritories {
            index[TextFolding.compactKey(territory.code)] = territory.iso
            index[TextFolding.compactKey(territory.name)] = territory.iso
        }
        index[TextFolding.compactKey("Washington, D.C.")] = "US"
        index[TextFolding.compactKey("Washington DC")] = "US"
        index[TextFolding.compactKey("Virgin Islands")] = "VI"
        return index
    }()

    /// True when `text` is a US state, the District of Columbia or an inhabited territory,
    /// by USPS code (`CA`, `NY`) or name (`CALIFORNIA`, `New York`), in any case.
    public static func isUSState(_ text: String) -> Bool {
        usStateIndex[TextFolding.compactKey(text)] != nil
    }

    /// The ISO alpha-2 code of the country a US state or territory belongs to: `US` for the
    /// states and DC, `PR`, `GU`, `VI`, `AS`, `MP`, `UM` for the territories; nil otherwise.
    public static func country(forUSState text: String) -> String? {
        usStateIndex[TextFolding.compactKey(text)]
    }
}
