"""Slot fillers for the hard-set templates: names, places, teams, courts (all invented)."""

MALE = ["James", "Michael", "Robert", "David", "Daniel", "Marcus", "Tyrone", "Kevin", "Luis",
        "Andre", "Connor", "Liam", "Oliver", "Harry", "Jamal", "Mohammed", "Tomasz", "Wayne",
        "Gareth", "Callum", "Darius", "Brandon", "Jose", "Terrence", "Stuart", "Neil", "Ravi"]
FEMALE = ["Sarah", "Jennifer", "Maria", "Ashley", "Keisha", "Emma", "Chloe", "Olivia", "Aisha",
          "Priya", "Rebecca", "Laura", "Shannon", "Tanya", "Gemma", "Rosa", "Megan", "Nicole",
          "Yvonne", "Hannah", "Latoya", "Sophie", "Fatima", "Brenda", "Claire", "Donna"]
SURNAMES = ["Johnson", "Williams", "Okafor", "Brennan", "Hughes", "Patel", "Kowalski", "Reyes",
            "Thompson", "McAllister", "Dawson", "Whitfield", "Gallagher", "Nguyen", "Foster",
            "Adeyemi", "Harrington", "Lopez", "Carter", "Doyle", "Sutton", "Mensah", "Barker",
            "Fletcher", "Ramirez", "Khan", "Hollis", "Pearce", "Marsh", "Delgado", "Quinn"]

US_PLACES = [("Dayton", "Ohio", "Montgomery"), ("Fresno", "California", "Fresno"),
             ("Tulsa", "Oklahoma", "Tulsa"), ("Macon", "Georgia", "Bibb"),
             ("Rockford", "Illinois", "Winnebago"), ("Spokane", "Washington", "Spokane"),
             ("Shreveport", "Louisiana", "Caddo"), ("Erie", "Pennsylvania", "Erie"),
             ("Lubbock", "Texas", "Lubbock"), ("Knoxville", "Tennessee", "Knox"),
             ("Gary", "Indiana", "Lake"), ("Flint", "Michigan", "Genesee"),
             ("Savannah", "Georgia", "Chatham"), ("Albuquerque", "New Mexico", "Bernalillo"),
             ("Springfield", "Missouri", "Greene"), ("Waterbury", "Connecticut", "New Haven")]
UK_PLACES = [("Luton", "Bedfordshire"), ("Wolverhampton", "West Midlands"),
             ("Swindon", "Wiltshire"), ("Middlesbrough", "Teesside"), ("Croydon", "south London"),
             ("Walthamstow", "east London"), ("Stockport", "Greater Manchester"),
             ("Bolton", "Greater Manchester"), ("Derby", "Derbyshire"), ("Cardiff", "Wales"),
             ("Paisley", "Renfrewshire"), ("Sunderland", "Tyne and Wear"),
             ("Northampton", "Northamptonshire"), ("Hull", "East Yorkshire"),
             ("Brixton", "south London"), ("Leicester", "Leicestershire")]
UK_FORCES = {"Bedfordshire": "Bedfordshire Police", "West Midlands": "West Midlands Police",
             "Wiltshire": "Wiltshire Police", "Teesside": "Cleveland Police",
             "south London": "the Metropolitan Police", "east London": "the Metropolitan Police",
             "Greater Manchester": "Greater Manchester Police",
             "Derbyshire": "Derbyshire Police", "Wales": "South Wales Police",
             "Renfrewshire": "Police Scotland", "Tyne and Wear": "Northumbria Police",
             "Northamptonshire": "Northamptonshire Police",
             "East Yorkshire": "Humberside Police", "Leicestershire": "Leicestershire Police"}
STREETS = ["Maple Avenue", "Hollis Road", "Church Street", "Station Road", "Elm Drive",
           "Westfield Lane", "Park Terrace", "King Street", "Oakwood Court", "Mill Lane",
           "Jefferson Boulevard", "Grant Street", "Victoria Road", "Bridge Street"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
US_TEAMS = ["Wildcats", "Tigers", "Bulldogs", "Eagles", "Hornets", "Panthers", "Mustangs",
            "Rams", "Falcons", "Cougars"]
UK_CLUBS = ["Rovers", "Athletic", "Town", "United", "Albion", "City", "Wanderers", "County"]
COMPANIES = ["Northgate Holdings", "Brightwell Energy", "Calder Logistics", "Pinecrest Foods",
             "Harbor Point Capital", "Veritas Software", "Meridian Retail", "Ashford Motors",
             "Summit Biotech", "Lakeside Media"]

# Generic page furniture, written for this set: the real positives carry a lot of it, so
# some negatives carry it too, or the model would learn "furniture means incident".
FURNITURE = [
    "Please enable Javascript to watch this video",
    "Share this article: Facebook Twitter Email",
    "Sign up for our daily newsletter. Subscribe now.",
    ("Copyright 2016 by the station. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."),
    "Comments are closed for this story.",
    "Click here to download our free news app.",
    "Related stories: More from the newsroom",
    "You have reached your limit of free articles this month.",
    "Follow us on Twitter and like us on Facebook for the latest updates.",
    "Advertisement. Story continues below.",
]
