<?php
// Must-use plugin that WordPressFixture puts into its site's wp-content/mu-plugins.

// A test machine has no mail; without this WordPress calls sendmail for new users and posts.
add_filter('pre_wp_mail', '__return_false');
