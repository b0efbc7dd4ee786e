<?php
// Installs WordPress into the empty database of a WordPressFixture (tests/support/wordpressfixture.cpp)
// without the web installer. Run as: php install.php ADMIN_PASSWORD AUTHOR_PASSWORD, with ABSPATH
// defined by the fixture's auto_prepend_file. Prints the two application passwords as JSON.
//
// The fixture keeps the resulting database as a template (keyed by this file's text), so a change
// here rebuilds it on the next run.

define('WP_INSTALLING', true);

// wp_install() mails the new admin; there is no mail on a test machine.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

function fail($message)
{
    fwrite(STDERR, "install.php: $message\n");
    exit(1);
}

[, $adminPassword, $authorPassword] = $argv + [null, '', ''];
if ($adminPassword === '' || $authorPassword === '') {
    fail('usage: install.php ADMIN_PASSWORD AUTHOR_PASSWORD');
}

$installed = wp_install('Postwright Test', 'pwadmin', 'pwadmin@example.invalid', false, '', $adminPassword);
if (empty($installed['user_id'])) {
    fail('wp_install failed');
}

// An empty site: tests count posts, so the sample post, page and privacy page go.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $post) {
    wp_delete_post($post->ID, true);
}
update_option('wp_page_for_privacy_policy', 0);
update_option('timezone_string', 'UTC');
update_option('gmt_offset', 0);

// Pretty permalinks, so /wp-json/ works besides ?rest_route=.
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(false);

$authorId = wp_insert_user([
    'user_login' => 'pwauthor',
    'user_pass' => $authorPassword,
    'user_email' => 'pwauthor@example.invalid',
    'display_name' => 'Postwright Author',
    'role' => 'author',
]);
if (is_wp_error($authorId)) {
    fail('cannot create the author: ' . $authorId->get_error_message());
}

$passwords = [];
foreach (['admin' => (int) $installed['user_id'], 'author' => (int) $authorId] as $key => $userId) {
    $created = WP_Application_Passwords::create_new_application_password($userId, ['name' => 'postwright-tests']);
    if (is_wp_error($created)) {
        fail('cannot create an application password: ' . $created->get_error_message());
    }
    $passwords[$key] = $created[0];
}
echo json_encode($passwords), "\n";
