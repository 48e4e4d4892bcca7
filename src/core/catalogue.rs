//! (being moved here) The combined catalogue a person searches: the library, their own and imported resources.
